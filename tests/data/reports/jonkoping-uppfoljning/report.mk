@header Jönköpings kommun | Uppföljande granskning: barn och unga i behov av samordnat stöd
@footer BDO Mitt AB – {page}/{pages}
Jönköpings kommun
De förtroendevalda revisorerna

2025-03-20

Till
Kommunstyrelsen
Barn- och utbildningsnämnden
Socialnämnden

Uppföljande granskning av samverkan kring barn och unga i behov av samordnat stöd

Revisorerna har låtit BDO följa upp 2022 års granskning av samverkan kring barn och unga i behov av samordnat stöd. Av de fem rekommendationer som lämnades 2022 har två genomförts, medan tre helt eller delvis kvarstår.

I missivet används förkortningarna KS för kommunstyrelsen, BUN för barn- och utbildningsnämnden och SN för socialnämnden.

Revisorerna önskar svar från KS, BUN och SN senast den 15 maj om vilka åtgärder som ska vidtas med anledning av de rekommendationer som kvarstår[^1].

[^1]: Rekommendationerna sammanställs i avsnitt 4, Förslag till åtgärder.

För revisorerna i Jönköpings kommun

Birgitta Lundh
Ordförande

@pagebreak
# Uppföljande granskning

Samverkan kring barn och unga i behov av samordnat stöd
Jönköpings kommun
Mars 2025

BDO Mitt AB
Erik Sandberg, certifierad kommunal revisor
Maja Holm, revisionskonsult

@pagebreak
# 1 Sammanfattning

BDO har på uppdrag av de förtroendevalda revisorerna i Jönköpings kommun följt upp granskningen av samverkan kring barn och unga i behov av samordnat stöd från 2022[^2]. Uppföljningen omfattar kommunstyrelsen (KS), barn- och utbildningsnämnden (BUN) och socialnämnden (SN).

[^2]: Revisionsrapport Samverkan kring barn och unga i behov av samordnat stöd, BDO, oktober 2022.

Vår sammanfattande bedömning är att kommunstyrelsen och nämnderna delvis har vidtagit tillräckliga åtgärder med anledning av granskningen. En gemensam överenskommelse om samverkan har antagits, men uppföljningen av samordnade individuella planer är fortfarande bristfällig.

| Rekommendation 2022 | Ansvar | Status |
| 1 | KS | Genomförd |
| 2 | KS | Kvarstår |
| 3 | BUN | Kvarstår delvis |
| 4 | SN | Genomförd |
| 5 | BUN, SN | Kvarstår |

# 2 Inledning

## 2.1 Bakgrund

I granskningen 2022 konstaterades att barn och unga med behov av insatser från både skola och socialtjänst ofta saknade en samordnad individuell plan (SIP) och att ansvaret för samordningen var otydligt. Granskningen resulterade i fem rekommendationer.

## 2.2 Syfte och metod

Syftet med uppföljningen är att bedöma om KS, BUN och SN har vidtagit ändamålsenliga åtgärder med anledning av rekommendationerna. Uppföljningen bygger på dokumentstudier och intervjuer med berörda tjänstepersoner.

# 3 Iakttagelser och bedömningar

## 3.1 Rekommendation 1 – överenskommelse om samverkan

I granskningen 2022 rekommenderades att KS skulle anta en gemensam överenskommelse om samverkan mellan förvaltningarna. Kommunstyrelsen antog en överenskommelse i juni 2023.

Bedömning: Rekommendationen är genomförd. Vi bedömer att KS har tydliggjort ansvarsfördelningen mellan förvaltningarna genom överenskommelsen.

## 3.2 Rekommendation 2 – uppföljning av överenskommelsen

I granskningen 2022 rekommenderades att KS skulle följa upp överenskommelsens efterlevnad årligen och rapportera resultatet till kommunfullmäktige. Någon sådan uppföljning har ännu inte gjorts.

Bedömning: Rekommendationen kvarstår. Vi bedömer att KS saknar kunskap om huruvida överenskommelsen tillämpas i verksamheterna.

## 3.3 Rekommendation 3 – elevhälsans medverkan i SIP

I granskningen 2022 rekommenderades att BUN skulle säkerställa att elevhälsan deltar i upprättandet av samordnade individuella planer. En rutin har tagits fram, men i 6 av 15 granskade planer deltog ingen från elevhälsan.

Bedömning: Rekommendationen kvarstår delvis. Vi bedömer att BUN har tagit fram en rutin men inte följt upp att elevhälsan faktiskt deltar.

## 3.4 Rekommendation 4 – socialtjänstens kallelser

I granskningen 2022 rekommenderades att SN skulle se till att kallelser till SIP-möten skickas inom fem arbetsdagar. Stickprovet visar att kallelserna nu skickas i tid.

Bedömning: Rekommendationen är genomförd. Vi bedömer att SN har infört en fungerande rutin för kallelser till SIP-möten.

## 3.5 Rekommendation 5 – gemensam uppföljning av planerna

I granskningen 2022 rekommenderades att BUN och SN skulle följa upp de samordnade individuella planerna gemensamt minst två gånger per år. Förvaltningarna har haft ett gemensamt uppföljningsmöte sedan 2022.

Bedömning: Rekommendationen kvarstår. Vi bedömer att BUN och SN inte har en fungerande gemensam uppföljning av planernas genomförande.

# 4 Förslag till åtgärder

Utifrån uppföljningen föreslår vi följande åtgärder. Numreringen följer rekommendationerna från 2022.

| Nr | Rekommendation | Ansvar |
| 2 | Följa upp överenskommelsens efterlevnad årligen och rapportera resultatet till kommunfullmäktige | KS |
| 3 | Följa upp att elevhälsan deltar när samordnade individuella planer upprättas | BUN |
| 5 | Inrätta en gemensam uppföljning av de samordnade individuella planerna minst två gånger per år | BUN, SN |

Jönköping den 12 mars 2025

BDO Mitt AB

Erik Sandberg
Certifierad kommunal revisor
