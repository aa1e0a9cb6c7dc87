Malmö stad
Revisorskollegiet

Missiv
Datum 2024-09-18
Vår referens SR-2024-41

Till:
Kommunstyrelsen
Förskolenämnden

För kännedom:
Kommunfullmäktige

Rapport från revisorskollegiet – Granskning av stadens arbete med barnkonventionen SR-2024-41

Revisorskollegiet har vid sitt sammanträde 2024-09-17 beslutat att överlämna rapporten till kommunstyrelsen och förskolenämnden för yttrande.

Kommunstyrelsen ska lämna ett första yttrande senast 2024-11-22 och förskolenämnden senast 2024-11-29. Yttrandet ska för varje rekommendation redovisa vilka åtgärder som planeras, förväntad effekt och när åtgärderna senast ska vara genomförda.

Ett uppföljande yttrande ska lämnas av kommunstyrelsen senast 2025-10-31 och av förskolenämnden senast 2025-11-14. Det ska redovisa vilka åtgärder som vidtagits under perioden och vilken effekt de haft.

Yttrandena skickas till stadsrevisionen@malmo.se.

För revisorskollegiet
Ordförande

@pagebreak
# Granskning av stadens arbete med barnkonventionen

Stadsrevisionen, Malmö stad
Augusti 2024

# Sammanfattning

Stadsrevisionen har granskat om kommunstyrelsen och förskolenämnden har säkerställt att barnkonventionen beaktas i beslut som rör barn. Granskningen visar att barnrättsbedömningar görs i en liten del av ärendena.

Den sammanfattande bedömningen är att kommunstyrelsen och förskolenämnden inte i tillräcklig utsträckning har säkerställt att barnets bästa beaktas i beslutsfattandet.

# Bedömningar

Kommunstyrelsen har inte säkerställt att det finns ett stadsövergripande stöd för hur barnrättsbedömningar ska göras.

Förskolenämnden har inte följt upp hur barns synpunkter tas tillvara i verksamheten.

# Rekommendationer

Utifrån granskningens iakttagelser och bedömningar rekommenderar revisorskollegiet kommunstyrelsen att:

- ta fram ett stadsövergripande stöd för barnrättsbedömningar i tjänsteskrivelser
- säkerställa att barnrättsbedömningar görs i ärenden som rör barn innan beslut fattas

Revisorskollegiet rekommenderar förskolenämnden att:

- följa upp hur barns synpunkter tas tillvara i förskoleverksamheten
- utbilda förskolechefer i barnkonventionens tillämpning

# 1. Inledning

## 1.1 Bakgrund

Sedan den 1 januari 2020 gäller barnkonventionen som svensk lag.

## 1.2 Syfte och revisionsfrågor

Syftet är att granska om kommunstyrelsen och förskolenämnden säkerställer att barnets rättigheter beaktas.
