@header Västerås stad – Revisionskontoret – Rapport 2026:02
@footer Underhåll och bokning av idrottsanläggningar – sidan {page}
@justify
Västerås stad
Revisorerna

Västerås 2026-01-21
Dnr REV 2025/0148

Till kultur-, idrotts- och fritidsnämnden samt fastighetsnämnden

Underhåll och bokning av idrottsanläggningar

Revisionskontoret har på uppdrag av revisorerna granskat om kultur-, idrotts- och fritidsnämnden och fastighetsnämnden säkerställer att stadens idrottsanläggningar underhålls och fördelas på ett ändamålsenligt sätt. Revisorerna har behandlat rapporten vid sammanträdet den 14 januari 2026 och ställer sig bakom dess bedömningar.

Revisorerna rekommenderar kultur-, idrotts- och fritidsnämnden att

a) ta fram en samlad plan för reinvestering i stadens konstgräsplaner och sporthallar,
b) införa tydliga regler för hur träningstider fördelas mellan flick- och pojklag,
c) följa upp beläggningen i sporthallarna och redovisa outnyttjade tider till nämnden två gånger per år.

Revisorerna rekommenderar vidare fastighetsnämnden att

a) dokumentera statusen på samtliga idrottsbyggnader i underhållssystemet,
b) komma överens med kultur-, idrotts- och fritidsnämnden om gränsdragningen för löpande underhåll av omklädningsrum.

Revisorerna önskar nämndernas svar senast 31/3 2026. Av svaret bör det framgå vilka åtgärder nämnden avser att vidta och när de beräknas vara genomförda.

För revisorerna i Västerås stad

Britt-Marie Sandberg
Ordförande

Johan Lilja
Revisionsdirektör

@pagebreak
# Underhåll och bokning av idrottsanläggningar

Revisionskontoret, Västerås stad
Rapport 2026:02, januari 2026

@columns 2
# Sammanfattning

Revisionskontoret har granskat om kultur-, idrotts- och fritids~nämnden (KIF) och fastighets~nämnden säkerställer att stadens idrotts~anläggningar underhålls och fördelas på ett ändamåls~enligt sätt.

Revisorernas samlade bedömning är att nämnderna delvis säkerställer detta. Bokningen av anläggningarna fungerar i huvudsak väl, men underhålls~skulden har ökat och ansvaret för det löpande underhållet är inte tydligt fördelat mellan nämnderna.

## Rekommendationer

Ta fram en samlad plan för reinvestering i stadens konstgräs~planer och sporthallar.
Ansvarig: Kultur-, idrotts- och fritidsnämnden

Inför tydliga regler för hur tränings~tider fördelas mellan flick- och pojklag.
Ansvarig: Kultur-, idrotts- och fritidsnämnden

Följ upp beläggningen i sporthallarna och redovisa outnyttjade tider till nämnden två gånger per år.
Ansvarig: Kultur-, idrotts- och fritidsnämnden

Dokumentera statusen på samtliga idrotts~byggnader i underhålls~systemet.
Ansvarig: Fastighetsnämnden

Kom överens med kultur-, idrotts- och fritids~nämnden om gräns~dragningen för löpande underhåll av omklädnings~rum.
Ansvarig: Fastighetsnämnden

# 1 Inledning

## 1.1 Bakgrund

Västerås stad har 14 konstgräs~planer, 31 sporthallar och två isarenor. KIF ansvarar för verksamheten i anläggningarna och för bokningen av tider, medan fastighets~nämnden äger de flesta byggnaderna och ansvarar för det planerade underhållet[^1].

[^1]: Enligt nämndernas reglementen, antagna av kommun~fullmäktige 2023.

## 1.2 Syfte och avgränsning

Syftet är att bedöma om nämnderna säkerställer ett ändamåls~enligt underhåll och en rättvis fördelning av tider. Granskningen avser 2024 och 2025 och omfattar inte anläggningar som ägs av föreningar.

## 1.3 Metod

Granskningen bygger på dokument~studier, intervjuer med tjänste~personer vid kultur-, idrotts- och fritids~förvaltningen och fastighets~förvaltningen samt en genomgång av bokningsdata för 2024.

# 2 Kultur-, idrotts- och fritidsnämnden

## 2.1 Iakttagelser

Nämnden har ingen plan för när konstgräs~planerna ska bytas. Sex av planerna är äldre än tolv år. Tränings~tider fördelas enligt en praxis som inte är beslutad av nämnden. Enligt bokningsdata var 22 procent av tiderna i sporthallarna obokade eller avbokade sent under 2024.

## 2.2 Revisionskontorets bedömning

Vi bedömer att kultur-, idrotts- och fritids~nämnden inte har en till~räcklig styrning av reinvesteringar i anläggningarna. Vi bedömer också att nämnden saknar beslutade principer för fördelningen av tränings~tider, vilket gör det svårt att visa att fördelningen är jämställd.

# 3 Fastighetsnämnden

## 3.1 Iakttagelser

Fastighets~nämndens underhålls~system innehåller status~bedömningar för 19 av 35 idrotts~byggnader. Förvaltningarna har olika uppfattning om vem som ansvarar för målning och mindre reparationer i omklädnings~rummen.

## 3.2 Revisionskontorets bedömning

Vi bedömer att fastighets~nämnden inte har en fullständig bild av underhålls~behovet i stadens idrotts~byggnader. Gräns~dragningen mot KIF för det löpande underhållet är otydlig.

@columns 1
Västerås den 14 januari 2026

Johan Lilja, revisionsdirektör
Sara Öhman, revisor
