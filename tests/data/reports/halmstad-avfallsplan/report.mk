@header Halmstads kommun – Granskning av arbetet med avfallsplanen
@footer PwC | Oktober 2025 | {page}
Halmstads kommun
De förtroendevalda revisorerna

Halmstad 2025-10-15

Till tekniska nämnden
Till styrelsen för Halmstads Energi och Miljö AB

För kännedom: Kommunfullmäktige, kommunstyrelsen

Granskning av arbetet med avfallsplanen

PwC har på uppdrag av de förtroendevalda revisorerna och lekmannarevisorerna i Halmstads Energi och Miljö AB granskat hur tekniska nämnden och Halmstads Energi och Miljö AB arbetar för att nå målen i kommunens avfallsplan[^1]. Granskningen visar att flera av planens åtgärder saknar utsedd ansvarig och att uppföljningen till nämnden är bristfällig.

Revisorerna överlämnar rapporten till tekniska nämnden och Halmstads Energi och Miljö AB och önskar ett skriftligt svar på rapportens rekommendationer. Svaret ska innehålla vilka åtgärder som ska vidtas och när de ska vara genomförda. Tekniska nämnden ska svara senast den 1 december 2025 och bolagets styrelse senast 2025-12-15.

[^1]: Avfallsplan för Halmstads kommun 2021–2030, antagen av kommunfullmäktige den 24 juni 2021.

För revisorerna

Gunnel Åkesson
Ordförande

Per-Olof Lindgren
Vice ordförande

@pagebreak
Revisionsrapport

Granskning av arbetet med avfallsplanen
Halmstads kommun

Oktober 2025

Kommunal sektor PwC
Annika Berg, certifierad kommunal revisor
Jonas Ekdahl, revisionskonsult

@pagebreak
# Sammanfattning

PwC har på uppdrag av de förtroendevalda revisorerna i Halmstads kommun granskat om tekniska nämnden och Halmstads Energi och Miljö AB (bolaget) har en ändamålsenlig styrning och uppföljning av arbetet med kommunens avfallsplan.

Vår sammanfattande bedömning är att tekniska nämnden och bolaget delvis har en ändamålsenlig styrning och uppföljning av arbetet med avfallsplanen. Avfallsplanen är väl förankrad, men ansvaret för flera åtgärder är otydligt och målen för matavfall och förpackningar nås inte.

Våra rekommendationer redovisas i avsnitt 3 med ansvarig nämnd eller styrelse och en föreslagen tidplan.

# 1. Inledning

## 1.1 Bakgrund

Kommunfullmäktige antog 2021 en avfallsplan med mål för minskade avfallsmängder och ökad återvinning. Tekniska nämnden ansvarar för att planen genomförs och följs upp. Insamling och behandling av hushållsavfall utförs av Halmstads Energi och Miljö AB, som ägs av kommunen genom Halmstads Stadshus AB.

## 1.2 Syfte och revisionsfrågor

Syftet med granskningen är att bedöma om tekniska nämnden och bolaget har en ändamålsenlig styrning och uppföljning av arbetet med avfallsplanen. Granskningen besvarar följande revisionsfrågor:

- Finns en tydlig ansvarsfördelning för avfallsplanens åtgärder?
- Följer tekniska nämnden upp att avfallsplanens mål nås?
- Har bolaget rutiner som säkerställer att insamlingen bidrar till planens mål?

## 1.3 Revisionskriterier

Kommunallagen 6 kap. 6 §, miljöbalken 15 kap. 41 §[^2], avfallsförordningen (2020:614), kommunens avfallsplan samt ägardirektiv för bolaget.

[^2]: Enligt miljöbalken 15 kap. 41 § ska varje kommun ha en renhållningsordning som innehåller en avfallsplan och föreskrifter om avfallshantering.

## 1.4 Avgränsning och metod

Granskningen avser åren 2023–2025 och har genomförts genom dokumentstudier och intervjuer med tekniska nämndens presidium, förvaltningens avfallsstrateg samt bolagets vd och affärsområdeschef för återvinning.

# 2. Iakttagelser och bedömningar

## 2.1 Tekniska nämnden

Avfallsplanen innehåller 34 åtgärder. För 13 av dessa finns ingen utsedd ansvarig och för 19 saknas tidplan. Nämnden har under perioden fått en återrapportering om avfallsplanen per år, i samband med verksamhetsberättelsen. Rapporten redovisar genomförda aktiviteter men inte i vilken grad målen nås.

Andelen matavfall som sorteras ut var 41 procent 2024, mot målet 60 procent till 2025.

### Bedömning

Vi bedömer att tekniska nämnden inte säkerställt att avfallsplanens åtgärder har en tydlig ansvarsfördelning. Vi bedömer vidare att nämndens uppföljning är otillräcklig, eftersom den inte visar om målen för matavfall kommer att nås.

## 2.2 Halmstads Energi och Miljö AB

Bolaget har infört fyrfackskärl i villaområden och följer upp sorteringen genom plockanalyser vartannat år. Den senaste plockanalysen visar att 28 procent av restavfallet består av förpackningar och tidningar. Bolaget har ingen plan för att minska andelen. Kostnaderna för avfallsverksamheten redovisas tillsammans med bolagets övriga verksamhet.

### Bedömning

Vi bedömer att bolagets styrelse har säkerställt en ändamålsenlig insamling av hushållsavfall. Styrelsen har däremot inte vidtagit tillräckliga åtgärder för att minska andelen förpackningar i restavfallet.

## 2.3 Återvinningscentralerna

Tekniska nämnden och bolaget har olika uppfattning om vem som ansvarar för utvecklingen av återvinningscentralerna. Någon skriftlig överenskommelse finns inte.

### Bedömning

Vi bedömer att ansvarsfördelningen mellan nämnden och bolaget för återvinningscentralerna är oklar och att det försvårar arbetet med planens mål om ökad återanvändning.

# 3. Rekommendationer

Utifrån granskningens iakttagelser och bedömningar lämnar vi följande rekommendationer:

| Ansvarig | Rekommendation | Tidplan |
| Tekniska nämnden | Säkerställ att varje åtgärd i avfallsplanen har en utsedd ansvarig och en tidplan. | Senast 2026 |
| Tekniska nämnden | Begär en halvårsvis rapport från bolaget om hur målen för utsortering av matavfall uppnås. | Våren 2026 |
| Halmstads Energi och Miljö AB | Ta fram en plan för att minska andelen förpackningar och tidningar i restavfallet. | 2026 |
| Halmstads Energi och Miljö AB | Redovisa kostnaderna för avfallsverksamheten separat i bolagets årsredovisning. | Bokslut 2025 |
| Tekniska nämnden och Halmstads Energi och Miljö AB | Upprätta en skriftlig överenskommelse om ansvaret för utvecklingen av återvinningscentralerna. | Senast 2026 |

Halmstad den 8 oktober 2025

Annika Berg
Uppdragsledare

Jonas Ekdahl
Projektledare
