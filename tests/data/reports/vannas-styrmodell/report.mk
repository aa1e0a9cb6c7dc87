@footer KPMG AB – Vännäs kommun – Granskning av kommunens styrmodell – sida {page}
Kommunrevisionen
Vännäs kommun

Datum: 2024-03-04
Dnr: KR 2024/07

Till kommunstyrelsen

Granskning av kommunens styrmodell för ekonomi och verksamhet

Kommunrevisionen har med biträde av KPMG granskat kommunens styrmodell för ekonomi och verksamhet. Granskningen visar att styrmodellen är känd i organisationen men att kopplingen mellan mål, budget och uppföljning är svag.

Kommunrevisionen önskar kommunstyrelsens yttrande över rapporten och dess rekommendationer senast 2024-04-30.

För kommunrevisionen

Lars Ek, ordförande
Maria Sundin, vice ordförande

@pagebreak
Vännäs kommun
Granskning av kommunens styrmodell för ekonomi och verksamhet
Rapport
Offentlig sektor KPMG AB
Antal sidor: 5

@pagebreak
# 1. Sammanfattning

Vi har på uppdrag av de förtroendevalda revisorerna i Vännäs kommun granskat kommunens styrmodell för ekonomi och verksamhet.

Vår sammanfattande bedömning är att kommunstyrelsen inte fullt ut har säkerställt en ändamålsenlig styrmodell. Målen i verksamhetsplanen saknar i flera fall mätbara indikatorer och uppföljningen till kommunstyrelsen sker främst av ekonomi.

Utifrån vår granskning rekommenderar vi kommunstyrelsen att:

1. ta fram mätbara indikatorer för samtliga mål i verksamhetsplanen
2. tydliggöra hur nämndernas mål ska härledas ur kommunfullmäktiges mål
3. säkerställa att uppföljningen av verksamhetens mål redovisas tillsammans med den ekonomiska uppföljningen vid varje delårsrapport
4. utvärdera styrmodellen när den har tillämpats under en hel mandatperiod

# 2. Inledning/bakgrund

Vi har av kommunens revisorer fått i uppdrag att granska styrmodellen. Granskningen ingår i revisionsplanen för 2023.

## 2.1 Syfte och revisionsfrågor

Syftet med granskningen är att bedöma om kommunstyrelsen har säkerställt en ändamålsenlig styrmodell för ekonomi och verksamhet.

## 2.2 Metod

Granskningen har genomförts genom dokumentstudier och intervjuer med kommundirektör, ekonomichef och förvaltningschefer.

# 3. Resultat av granskningen

## 3.1 Mål och indikatorer

Kommunfullmäktige har antagit sju övergripande mål. Endast tre av dem har indikatorer med målvärden.

Bedömning: Vi bedömer att målen i nuvarande form är svåra att följa upp, eftersom mätbara indikatorer saknas för flertalet av dem.

## 3.2 Uppföljning

Kommunstyrelsen får månadsvis ekonomisk uppföljning. Verksamhetens mål följs upp vid årsbokslutet.

Bedömning: Vi bedömer att uppföljningen av verksamhetens mål sker för sällan för att kommunstyrelsen ska kunna vidta åtgärder under året.

# 4. Slutsatser och rekommendationer

Vi har granskat kommunens styrmodell och bedömer att den delvis är ändamålsenlig. Utifrån vår granskning rekommenderar vi kommunstyrelsen att:

1. ta fram mätbara indikatorer för samtliga mål i verksamhetsplanen
2. tydliggöra hur nämndernas mål ska härledas ur kommunfullmäktiges mål
3. säkerställa att uppföljningen av verksamhetens mål redovisas tillsammans med den ekonomiska uppföljningen vid varje delårsrapport
4. utvärdera styrmodellen när den har tillämpats under en hel mandatperiod

KPMG, dag som ovan

Johan Lindqvist, certifierad kommunal revisor
