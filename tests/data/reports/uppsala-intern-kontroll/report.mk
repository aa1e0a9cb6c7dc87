@header Uppsala kommun | Granskning av intern kontroll 2024 | KPMG
@footer © 2024 KPMG AB | Sida {page} av {pages}
@justify
Uppsala kommun
Revisorerna

Datum: 2024-11-20

Till:
Kommunstyrelsen
Äldrenämnden
Omsorgsnämnden

Granskning av intern kontroll 2024

På uppdrag av de förtroendevalda revisorerna har KPMG granskat kommunens arbete med intern kontroll 2024. Revisorerna önskar ett svar från kommunstyrelsen senast den 31 januari 2025 och från äldrenämnden och omsorgsnämnden senast den 14 februari 2025.

För revisorerna
Ingrid Wallin, ordförande

@pagebreak
# Granskning av intern kontroll 2024

Rapport, Uppsala kommun, november 2024

@columns 2
# 1 Sammanfattning

KPMG har i sin granskning kommit fram till att arbetet med intern kontroll har utvecklats under 2024 och att kommunstyrelsen har varit drivande i detta arbete. Fortfarande gäller dock att det är relativt stor skillnad i omfattning mellan de planer som nämnderna fastställer, och att andelen avvikelser i kontrollerna är hög inom äldre~omsorgen.

Vi uppmanar kommunstyrelsen att ta fram gemensamma krav på vad en internkontroll~plan minst ska innehålla.

Vi uppmanar kommunstyrelsen att sammanställa nämndernas avvikelser och redovisa dem för kommun~fullmäktige i årsredovisningen.

Vi föreslår att äldre~nämnden analyserar orsakerna till de återkommande avvikelserna i läkemedels~hanteringen och beslutar om åtgärder.

Vi föreslår att omsorgs~nämnden kompletterar sin internkontroll~plan med kontroller av hur biståndsbesluten verkställs.

# 2 Inledning

## 2.1 Bakgrund

Nämnderna ska enligt kommunallagen se till att den interna kontrollen är tillräcklig. Kommunstyrelsen har antagit ett reglemente för intern kontroll[^1].

[^1]: Reglemente för intern styrning och kontroll, KSN-2021-0344.

## 2.2 Syfte

Syftet är att bedöma om kommunstyrelsen och nämnderna har en ändamåls~enlig intern kontroll.

# 3 Iakttagelser och bedömningar

## 3.1 Kommunstyrelsen

Kommunstyrelsen har utvecklat ett stöd för riskanalys. Planerna skiljer sig dock mycket åt mellan nämnderna: den kortaste omfattar fyra kontroller och den längsta fyrtio.

Bedömning: Vi bedömer att kommunstyrelsens samordning av den interna kontrollen har förbättrats men att den ännu inte leder till jämförbara planer.

## 3.2 Äldrenämnden och omsorgsnämnden

Äldre~nämnden har rapporterat avvikelser i läkemedels~hanteringen i tre år i följd. Omsorgs~nämndens plan saknar kontroller av verkställigheten av biståndsbeslut.

Bedömning: Vi bedömer att äldre~nämndens och omsorgs~nämndens interna kontroll inte är tillräcklig.

@columns 1
Uppsala den 12 november 2024
KPMG AB
Karin Åberg, certifierad kommunal revisor
