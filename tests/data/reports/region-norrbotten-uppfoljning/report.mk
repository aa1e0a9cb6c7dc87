@header Region Norrbotten – Samlad uppföljande granskning
@footer PwC | {page}
Region Norrbotten
Revisorerna

2021-06-23

Till regionstyrelsen

Samlad uppföljande granskning av tidigare granskningar 2016–2019

PwC har på uppdrag av de förtroendevalda revisorerna genomfört en samlad uppföljande granskning av tre tidigare granskningar. Revisorerna noterar att flera rekommendationer kvarstår.

Regionstyrelsen ska lämna sitt svar till revisorerna senast den 30 september 2021. Svaret ska ange vilka åtgärder styrelsen avser att vidta för de rekommendationer som kvarstår.

För revisorerna i Region Norrbotten

Anders Öberg, ordförande

@pagebreak
Samlad uppföljande granskning
Region Norrbotten
Juni 2021
Louise Tornhagen, projektledare
Kristian Damlin, certifierad kommunal revisor

# Sammanfattning

PwC har på uppdrag av de förtroendevalda revisorerna i Region Norrbotten genomfört en samlad uppföljande granskning av tre tidigare revisionsgranskningar från 2016–2019.

Syftet med granskningen har varit att pröva om arbetet för att utveckla verksamheten samt åtgärda konstaterade brister bedrivits på ett ändamålsenligt sätt och med tillräcklig intern kontroll.

Resultatet redovisas i tabellen nedan.

| Granskning | Beslut om åtgärder? | Återrapportering? | Kvarstående behov? |
| Omhändertagande av vård vid depression och ångest (2016) | Ja | Delvis | Ja |
| Anskaffning av medicinteknisk utrustning (2018) | Ja | Ja | Nej |
| Jämlik och förebyggande vård (2019) | Delvis | Nej | Ja |

# 1. Inledning

## 1.1 Syfte och revisionsfrågor

Vilka åtgärder har beslutats och vidtagits? Finns kvarstående åtgärdsbehov och i så fall vilka?

# 2. Iakttagelser och bedömningar

## 2.1 Omhändertagande av vård vid depression och ångest (2016)

Regionstyrelsen har tagit fram ett vårdprogram. Uppföljning av väntetiderna till psykoterapi saknas fortfarande.

Bedömning: Vi bedömer att rekommendationen om uppföljning av väntetiderna till psykoterapi kvarstår, eftersom regionstyrelsen inte har fått någon redovisning.

Vi rekommenderar regionstyrelsen att inför en regelbunden uppföljning av väntetiderna till psykoterapeutisk behandling.

## 2.2 Anskaffning av medicinteknisk utrustning (2018)

En investeringsplan för medicinteknisk utrustning har antagits och följs upp i delårsrapporterna.

Bedömning: Vi bedömer att rekommendationerna från 2018 års granskning har åtgärdats.

## 2.3 Jämlik och förebyggande vård (2019)

Någon analys av skillnader i vårdens utfall mellan grupper har inte gjorts sedan 2019.

Bedömning: Vi bedömer att rekommendationerna om jämlik vård kvarstår delvis, då analysen av skillnader i vårdens utfall saknas.

Vi rekommenderar regionstyrelsen att:

- genomföra en analys av skillnader i vårdens utfall mellan kön, åldersgrupper och länets kommuner
- fastställa mål för det hälsofrämjande och förebyggande arbetet som kan följas upp årligen

# 3. Revisionell bedömning

Vår sammanfattande bedömning är att regionstyrelsen delvis har vidtagit tillräckliga åtgärder utifrån de tidigare granskningarna.
