@header Skellefteå kommun – Intern kontroll: tillämpning av riktlinjerna
@footer {page} av {pages}
Revisorerna i Skellefteå kommun

Missiv

2024-01-26

Till:
Kommunstyrelsen
Socialnämnden
För- och grundskolenämnden

För kännedom:
Kommunfullmäktige

Granskning av intern kontroll – tillämpning av kommunfullmäktiges riktlinjer

På uppdrag av de förtroendevalda revisorerna har PwC granskat kommunstyrelsens och nämndernas tillämpning av kommunfullmäktiges riktlinjer för intern kontroll.

Revisorerna översänder rapporten och önskar svar från kommunstyrelsen, socialnämnden och för- och grundskolenämnden senast den 15 mars. Svaret ska redovisa vilka åtgärder som planeras, när de ska vara genomförda och vilken effekt de förväntas få.

För revisorerna

Per Holmgren
Ordförande

@pagebreak
# Revisionsrapport

Intern kontroll: tillämpning av kommunfullmäktiges riktlinjer

Skellefteå kommun

Bo Rehnberg, certifierad kommunal revisor
Januari 2024

@pagebreak
# Sammanfattning

På uppdrag av kommunens förtroendevalda revisorer har PwC genomfört en granskning av kommunstyrelsen och nämndernas tillämpning av kommunfullmäktiges riktlinjer för intern kontroll[^1]. Granskningen har inriktats mot dokumenterade riskbedömningar, internkontrollplaner, kontrollaktiviteter och uppföljning.

Utifrån genomförd granskning görs en sammantagen revisionell bedömning att tillämpningen av riktlinjerna till övervägande del sker på ett ändamålsenligt sätt. Den interna kontrollen bedöms till övervägande del vara tillräcklig.

För att utveckla verksamheten bör följande rekommendationer prioriteras:

- Kommunstyrelsen vidareutvecklar anvisningar för hur redovisning, utvärdering och rapportering av internkontrollarbetet ska struktureras.
- Socialnämnden genomför och dokumenterar en riskbedömning inför varje ny internkontrollplan.
- För- och grundskolenämnden säkerställer att kontrollaktiviteterna i internkontrollplanen följs upp och rapporteras till nämnden.

[^1]: Riktlinjer för intern kontroll, antagna av kommunfullmäktige 2019-06-18, § 142.

# 1. Inledning

## 1.1 Bakgrund

Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Kommunstyrelsen har ett samordnande ansvar.

## 1.2 Syfte och kontrollområden

Syftet är att bedöma om kommunstyrelsen och nämnderna tillämpar kommunfullmäktiges riktlinjer för intern kontroll.

# 2. Iakttagelser och bedömningar

## 2.1 Kommunstyrelsen

Kommunstyrelsen har tagit fram en mall för internkontrollplaner men saknar anvisningar för hur resultatet ska redovisas.

## 2.2 Bedömning

Vi bedömer att kommunstyrelsen i huvudsak har säkerställt en struktur för den interna kontrollen men att rapporteringen av resultatet är otydlig.

## 2.3 Socialnämnden och för- och grundskolenämnden

Socialnämndens internkontrollplan för 2023 saknar dokumenterad riskbedömning. För- och grundskolenämnden har inte fått någon återrapportering av flera kontrollaktiviteter.

## 2.4 Bedömning

Vi bedömer att socialnämnden och för- och grundskolenämnden delvis tillämpar riktlinjerna, eftersom riskbedömning och återrapportering brister.

# 3. Avslutning

## 3.1 Rekommendationer

För att utveckla verksamheten bör följande rekommendationer prioriteras:

- Kommunstyrelsen vidareutvecklar anvisningar för hur redovisning, utvärdering och rapportering av internkontrollarbetet ska struktureras.
- Socialnämnden genomför och dokumenterar en riskbedömning inför varje ny internkontrollplan.
- För- och grundskolenämnden säkerställer att kontrollaktiviteterna i internkontrollplanen följs upp och rapporteras till nämnden.

2024-01-15

Bo Rehnberg
Projekt- och uppdragsledare
