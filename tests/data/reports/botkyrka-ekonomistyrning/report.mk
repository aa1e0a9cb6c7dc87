@header Revisionsrapport – Granskning av ekonomistyrning – Botkyrka kommun
@footer PwC – {page} av {pages}
@justify
Botkyrka kommun
Revisorerna

2024-04-12

Till kommunstyrelsen
Till utbildningsnämnden

Granskning av ekonomistyrning

Revisorerna har låtit PwC granska ekonomistyrningen i kommunstyrelsen och utbildningsnämnden. Revisorerna delar rapportens bedömningar och överlämnar den för yttrande. Yttrandet ska ha kommit in till revisorerna senast den 31 maj 2024.

För Botkyrka kommuns revisorer

Eva Strand, ordförande

@pagebreak
# Revisionsrapport

Granskning av ekonomistyrning
Botkyrka kommun
April 2024

@pagebreak
@columns 2
# 1 Sammanfattande bedömning och rekommendationer

För att nå önskade effekter med ekonomi~styrningen krävs att de som har budget- och verksamhets~ansvar har rätt kompetens, ett bra administrativt stöd och en rimlig budget. Mot den bakgrunden har en översiktlig granskning av ekonomi~styrningen prioriterats i årets revisions~plan.

Vår sammanfattande bedömning är att ekonomi~styrningen i kommun~styrelsen är tillfreds~ställande men att den i utbildnings~nämnden delvis brister. Budget~avvikelserna inom grund~skolan har inte analyserats och åtgärds~planerna saknar tidsatta mål.

Vi rekommenderar kommun~styrelsen att:

- utveckla stödet till budget~ansvariga chefer i form av utbildning i uppföljnings~systemet
- säkerställa att budget~anvisningarna innehåller tydliga principer för resurs~fördelning mellan nämnderna

Vi rekommenderar utbildnings~nämnden att:

- analysera orsakerna till budget~avvikelserna inom grund~skolan och redovisa analysen till nämnden
- besluta om åtgärds~planer med tidsatta och uppföljnings~bara mål när prognosen visar underskott
- följa upp effekten av beslutade åtgärder vid varje månads~rapport

# 2 Inledning

## 2.1 Bakgrund och uppdrag

Granskningen har genomförts på uppdrag av kommunens förtroende~valda revisorer och ingår i revisions~planen för 2024.

## 2.2 Revisions~kriterier

Kommunallagen, kommun~fullmäktiges regler för ekonomi~styrning och budget~anvisningarna för 2024.

# 3 Granskningens resultat

## 3.1 Budget~processen

Budget~processen är väl dokumenterad. Budget~anvisningarna saknar dock principer för hur resurser fördelas mellan nämnderna, vilket flera chefer efterfrågar.

## 3.2 Uppföljning och kontroll

Utbildnings~nämnden redovisar ett under~skott på 24 miljoner kronor i prognosen för augusti. Någon analys av orsakerna har inte redovisats för nämnden.

## 3.3 Stöd och kompetens

Hälften av de budget~ansvariga cheferna anger att de saknar utbildning i uppföljnings~systemet.

@columns 1
2024-04-02

Jan Nilsson, certifierad kommunal revisor
Anders Hägg, projektledare
