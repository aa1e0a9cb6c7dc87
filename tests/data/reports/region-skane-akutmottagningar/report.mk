@justify
Region Skåne
Revisorerna

Lund 2025-03-12
Dnr REV 2024-0117

Till hälso- och sjukvårdsnämnden
Till sjukhusstyrelsen Skånes universitetssjukhus

För kännedom: Regionstyrelsen

Granskning av patientflöden vid akutmottagningarna

Revisorerna har med biträde av Grant Thornton granskat om hälso- och sjukvårdsnämnden och sjukhusstyrelsen Skånes universitetssjukhus har säkerställt en ändamålsenlig styrning och uppföljning av patientflödena vid akutmottagningarna i Lund och Malmö. Granskningen visar bland annat att väntetiderna till läkarbedömning inte mäts på ett enhetligt sätt och att utskrivningsklara patienter blir kvar på akutmottagningarna.

Revisorerna överlämnar rapporten och önskar att nämnden och styrelsen var för sig lämnar svar på rapportens rekommendationer senast 2025-05-23.

För Region Skånes revisorer

Ingrid Malmberg, ordförande
Lars-Erik Holm, vice ordförande

@pagebreak
# Revisionsrapport

Patientflöden vid akutmottagningarna
Region Skåne
Mars 2025
Grant Thornton Sweden AB

@columns 2
# 1 Sammanfattning

Grant Thornton har på uppdrag av Region Skånes revisorer granskat styrningen och uppföljningen av patientflödena vid akut~mottagningarna vid Skånes universitets~sjukhus. Granskningen omfattar hälso- och sjukvårds~nämnden (HSN), som beställer vården och följer upp vård~avtalen, och sjukhus~styrelsen Skånes universitets~sjukhus (SUS-styrelsen), som ansvarar för att vården utförs.

Vår samlade bedömning är att HSN och SUS-styrelsen delvis har säkerställt en ändamåls~enlig styrning och uppföljning av patient~flödena. Mål och mått finns, men de följs inte upp på ett sätt som gör det möjligt att jämföra akut~mottagningarna över tid.

## Rekommendationer

Utifrån granskningens iakttagelser och bedömningar lämnar vi följande rekommendationer:

R1 HSN bör i vård~avtalet med Skånes universitets~sjukhus ställa krav på en enhetlig mätning av tid till läkar~bedömning vid samtliga akut~mottagningar.

R2 HSN bör följa upp andelen patienter som lämnar akut~mottagningen utan att ha träffat läkare och redovisa resultatet i nämndens månads~rapport.

R3 SUS-styrelsen bör säkerställa att patienter som är utskrivnings~klara flyttas från akut~mottagningen till en vård~plats inom fyra timmar.

R4 SUS-styrelsen bör ta fram en bemannings~plan för akut~mottagningarna som utgår från patient~flödet under dygnets olika timmar.

R5 HSN och SUS-styrelsen bör gemensamt utvärdera effekterna av den nya triage~modellen[^1] innan den införs vid fler sjukhus i regionen.

[^1]: Modellen för medicinsk prioritering (triage) infördes som pilot vid akut~mottagningen i Lund i mars 2024.

# 2 Inledning

## 2.1 Bakgrund

Långa vänte~tider på akut~mottagningar innebär risker för patient~säkerheten. Enligt Socialstyrelsen[^2] bör den totala vistelse~tiden på en akut~mottagning inte överstiga fyra timmar för huvud~delen av patienterna.

[^2]: Socialstyrelsen, Väntetider vid Sveriges akutmottagningar, rapport 2024.

## 2.2 Syfte och revisions~frågor

Syftet är att bedöma om HSN och SUS-styrelsen har säkerställt en ändamåls~enlig styrning och uppföljning av patient~flödena vid akut~mottagningarna.

## 2.3 Metod

Granskningen har genomförts genom dokument~studier, intervjuer och en analys av vistelse~tider för 2023 och 2024.

# 3 Iakttagelser och bedömningar

## 3.1 Hälso- och sjukvårdsnämnden

Vård~avtalet anger mål för total vistelse~tid men inte för tid till läkar~bedömning. Sjukhusen mäter tiden på olika sätt. Andelen patienter som lämnar akut~mottagningen utan läkar~bedömning redovisas inte till nämnden.

Bedömning: Vi bedömer att HSN inte har säkerställt att uppföljningen av vård~avtalet ger en jämförbar bild av väntetiderna till läkar~bedömning. Se rekommendation R1 och R2.

## 3.2 Sjukhusstyrelsen Skånes universitetssjukhus

Under 2024 blev i genomsnitt 34 utskrivnings~klara patienter per dygn kvar på akut~mottagningarna mer än fyra timmar efter beslut om inläggning. Bemanningen följer ett schema som inte har ändrats sedan 2019.

Bedömning: Vi bedömer att SUS-styrelsen inte i tillräcklig utsträckning har vidtagit åtgärder för att korta vistelse~tiderna för patienter som väntar på vård~plats. Se rekommendation R3 och R4.

@columns 1
Malmö den 5 mars 2025

Grant Thornton Sweden AB

Helena Nordqvist, certifierad kommunal revisor
Mikael Strand, verksamhetsrevisor
