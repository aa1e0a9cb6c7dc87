@header Sundsvalls kommun – Styrning och uppföljning av externa placeringar
@footer Revisionsrapport november 2025 | {page} av {pages}
Sundsvalls kommun
Kommunrevisionen

Sundsvall 2025-11-27

Till socialnämnden och kommunstyrelsen

Granskning av styrning och uppföljning av externa placeringar

Kommunrevisionen har med stöd av EY granskat hur socialnämnden styr och följer upp placeringar av barn, unga och vuxna i hem för vård eller boende och i familjehem, samt kommunstyrelsens ansvar för upphandlade ramavtal. Revisorerna delar de bedömningar och rekommendationer som framgår av rapporten.

Revisorerna begär att socialnämnden och kommunstyrelsen yttrar sig över rapporten senast den 31 januari 2026. Av yttrandet ska framgå vilka åtgärder som planeras och en tidplan för dessa.

Revisorerna avser att följa upp granskningen under hösten 2026 och önskar därför att socialnämnden och kommunstyrelsen redovisar vidtagna åtgärder senast 2026-09-30.

För kommunrevisionen

Tomas Bergqvist
Ordförande

@pagebreak
# Styrning och uppföljning av externa placeringar

Sundsvalls kommun
Revisionsrapport
November 2025

Ernst & Young AB
Linnéa Sjögren, certifierad kommunal revisor
Oskar Hedlund, verksamhetsrevisor

@pagebreak
# 1. Sammanfattning

EY har på uppdrag av de förtroendevalda revisorerna i Sundsvalls kommun granskat socialnämndens styrning och uppföljning av externa placeringar samt kommunstyrelsens ansvar för de ramavtal som placeringarna görs inom.

Vår sammanfattande bedömning är att socialnämnden och kommunstyrelsen inte helt säkerställer en ändamålsenlig styrning och uppföljning av externa placeringar. Kostnaderna för externa placeringar har ökat med 38 procent sedan 2022, samtidigt som nämnden saknar en samlad bild av placeringarnas kvalitet och resultat.

Våra rekommendationer framgår av avsnitt 4.

# 2. Inledning

## 2.1 Bakgrund

Socialnämnden placerade under 2024 i genomsnitt 112 barn, unga och vuxna i hem för vård eller boende (HVB) och 164 barn i familjehem. Kostnaderna för externa placeringar uppgick till 287 miljoner kronor, vilket motsvarar drygt en femtedel av nämndens budget.

## 2.2 Syfte och revisionsfrågor

Syftet är att bedöma om socialnämnden och kommunstyrelsen säkerställer en ändamålsenlig styrning och uppföljning av externa placeringar. Granskningen har utgått från tre revisionsfrågor: Finns ändamålsenliga rutiner för uppföljning av placeringar? Görs placeringarna inom gällande ramavtal? Får nämnden tillräcklig information om placeringarnas kostnader och resultat?

# 3. Iakttagelser och bedömningar

## 3.1 Uppföljning av enskilda placeringar

Enligt socialtjänstförordningen[^1] ska socialnämnden noga följa vården av den som placerats. Nämndens rutin anger att varje placering ska följas upp minst var tredje månad. I vårt stickprov om 30 akter saknades dokumenterad uppföljning det senaste halvåret i 11 akter.

[^1]: Socialtjänstförordningen (2001:937), 6 kap. 1 §.

Vi bedömer att socialnämnden inte säkerställer att placeringarna följs upp enligt nämndens egen rutin.

## 3.2 Placeringar inom ramavtal

Kommunstyrelsen ansvarar för upphandling av ramavtal för HVB och konsulentstödda familjehem. Av placeringarna 2024 gjordes 41 procent hos anordnare utan ramavtal, ofta med hänvisning till att ramavtalsleverantörerna saknade lediga platser. Avropen dokumenteras inte på ett enhetligt sätt.

Vi bedömer att kommunstyrelsen inte har säkerställt att ramavtalen täcker socialnämndens behov av placeringar, och att avsteg från ramavtalen inte dokumenteras.

## 3.3 Nämndens information om kostnader och resultat

Socialnämnden får en månatlig ekonomisk rapport med placeringskostnader men ingen redovisning av placeringarnas resultat, till exempel hur många placeringar som avbryts i förtid.

Vi bedömer att socialnämnden inte får tillräcklig information om placeringarnas kvalitet och resultat för att kunna styra verksamheten.

# 4. Slutsatser och rekommendationer

Granskningen visar att uppföljningen av enskilda placeringar inte sker enligt rutinen. Vi rekommenderar därför socialnämnden att se över rutinen för uppföljning av placeringar och att följa upp att den tillämpas genom egenkontroll. Nämnden bör även begära en årlig redovisning av hur många placeringar som avbryts i förtid och av vilka skäl.

En stor del av placeringarna görs utanför ramavtalen. Kommunstyrelsen bör i samråd med socialnämnden göra en behovsanalys inför nästa upphandling av HVB-platser, så att ramavtalen motsvarar de behov som finns. Vi rekommenderar också kommunstyrelsen att ta fram en mall för dokumentation av avsteg från ramavtalen.

Sundsvall den 20 november 2025

Linnéa Sjögren
Certifierad kommunal revisor
Ernst & Young AB
