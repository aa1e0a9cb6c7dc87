@header Norrköpings kommun – Granskning av hemtjänstens planering och uppföljning
@footer Deloitte AB | Sida {page} ({pages})
Norrköpings kommun
Kommunrevisionen

Norrköping den 19 februari 2025
Dnr KR 2024/0031

Vård- och omsorgsnämnden

Revisionsskrivelse – Granskning av hemtjänstens planering och uppföljning

Kommunrevisionen har med biträde av Deloitte granskat om vård- och omsorgsnämnden (nedan nämnden) säkerställer en ändamålsenlig planering och uppföljning av beviljad hemtjänst. Revisorerna har tagit del av rapporten och instämmer i dess bedömningar.

Revisorerna rekommenderar att nämnden:

• säkerställer att genomförandeplaner upprättas inom fjorton dagar från beslut om insats
• inför en månatlig avstämning mellan beviljad och utförd tid per brukare
• redovisar personalkontinuiteten i hemtjänsten i varje delårsrapport till nämnden

Nämndens svar på revisionsskrivelsen ska ha kommit in till kommunrevisionen senast den 30 april 2025. Av svaret ska framgå vilka åtgärder nämnden avser att vidta och när de beräknas vara genomförda.

För kommunrevisionen i Norrköpings kommun

Karin Ekholm
Ordförande

Göran Pettersson
Vice ordförande

@pagebreak
# Granskning av hemtjänstens planering och uppföljning

Norrköpings kommun
Revisionsrapport
Februari 2025
Deloitte AB

Anna Sjöberg, certifierad kommunal revisor
Jonas Wahl, verksamhetsrevisor

@pagebreak
# 1. Sammanfattning

Deloitte har på uppdrag av de förtroendevalda revisorerna i Norrköpings kommun granskat vård- och omsorgsnämndens planering och uppföljning av beviljad hemtjänst. Granskningen har omfattat handläggning, genomförandeplaner, tidsregistrering och nämndens uppföljning.

Vår sammanfattande bedömning är att vård- och omsorgsnämnden inte helt säkerställer en ändamålsenlig planering och uppföljning av hemtjänsten. Nämnden har ändamålsenliga riktlinjer, men uppföljningen av utförd tid och personalkontinuitet är inte tillräcklig.

Utifrån granskningens resultat lämnar vi följande rekommendationer till vård- och omsorgsnämnden:

• säkerställer att genomförandeplaner upprättas inom fjorton dagar från beslut om insats
• inför en månatlig avstämning mellan beviljad och utförd tid per brukare
• redovisar personalkontinuiteten i hemtjänsten i varje delårsrapport till nämnden

# 2. Inledning

## 2.1 Bakgrund

Hemtjänsten i Norrköping ges till drygt 2 400 personer och utförs både i egen regi och av privata utförare enligt lagen om valfrihetssystem[^1]. Revisorerna har i sin riskanalys bedömt att det finns risk för att beviljad tid inte motsvarar utförd tid.

[^1]: Lag (2008:962) om valfrihetssystem (LOV).

## 2.2 Syfte och revisionsfrågor

Syftet med granskningen är att bedöma om vård- och omsorgsnämnden säkerställer en ändamålsenlig planering och uppföljning av beviljad hemtjänst. Granskningen besvarar följande revisionsfrågor:

• Upprättas genomförandeplaner i rätt tid och med den enskildes delaktighet?
• Följer nämnden upp att beviljad tid motsvarar utförd tid?
• Följer nämnden upp personalkontinuiteten?

## 2.3 Avgränsning och metod

Granskningen avser 2024. Den har genomförts genom dokumentstudier, intervjuer med förvaltningsledning och enhetschefer samt en stickprovsgranskning av 40 akter.

# 3. Iakttagelser och bedömningar

## 3.1 Genomförandeplaner

Enligt nämndens riktlinjer ska en genomförandeplan upprättas inom fjorton dagar från beslutet. I vårt stickprov saknades genomförandeplan i 9 av 40 akter, och i ytterligare 11 akter hade planen upprättats senare än fjorton dagar efter beslutet.

Bedömning

Vi bedömer att nämnden inte säkerställer att den enskilde får en aktuell genomförandeplan i rätt tid. Riktlinjerna är tydliga, men de följs inte i en stor del av akterna.

## 3.2 Beviljad och utförd tid

Utförd tid registreras i mobila enheter. Förvaltningen tar fram rapporter om utförd tid, men någon avstämning mot beviljad tid per brukare görs inte. Skillnaden mellan beviljad och utförd tid uppgick 2024 till 18 procent för kommunen som helhet.

Bedömning

Vi bedömer att nämndens uppföljning av utförd tid är otillräcklig, eftersom avvikelser per brukare inte analyseras.

## 3.3 Personalkontinuitet

Nämnden har ett mål om att en brukare inte ska möta fler än 12 olika medarbetare under en fjortondagarsperiod. Måttet redovisas i årsredovisningen men inte i delårsrapporterna, och resultatet har försämrats två år i rad.

Bedömning

Vi bedömer att nämnden delvis följer upp personalkontinuiteten men att uppföljningen sker för sällan för att nämnden ska kunna vidta åtgärder under året.

Norrköping den 10 februari 2025

Anna Sjöberg
Certifierad kommunal revisor
Deloitte AB
