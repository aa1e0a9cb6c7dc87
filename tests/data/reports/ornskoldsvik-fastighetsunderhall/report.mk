@header EY | Örnsköldsviks kommun | Granskning av fastighetsunderhåll
@footer {page}
Örnsköldsviks kommun
Revisorerna

2025-02-03

Till kommunstyrelsen

Granskning av underhåll av kommunens verksamhetsfastigheter

Revisorerna har gett EY i uppdrag att granska om kommunens arbete med underhåll av verksamhetsfastigheterna sker på ett effektivt och ändamålsenligt sätt. Revisorerna önskar kommunstyrelsens yttrande senast den 15 mars 2025.

För revisorerna
Stig-Olov Nordin, ordförande

@pagebreak
# Granskningsrapport

Granskning av underhåll av kommunens verksamhetsfastigheter
Örnsköldsviks kommun
EY, januari 2025

# Sammanfattning

Syftet med granskningen har varit att bedöma om kommunens arbete med underhåll av kommunens verksamhetsfastigheter sker på ett effektivt och ändamålsenligt sätt.

Vår samlade bedömning utifrån granskningens syfte är att kommunens arbete med underhåll av verksamhetsfastigheterna inte sker på ett effektivt och ändamålsenligt sätt.

I det följande redovisas våra samlade bedömningar av respektive revisionsfråga.

| Revisionsfråga | Bedömning |
| Är kommunens fastighetsunderhåll rätt organiserat och bemannat utifrån sitt uppdrag? | I allt väsentligt |
| Vilka styrdokument finns beträffande fastighetsunderhållet och hur följs dessa upp? | Nej, riktlinjer för prioritering av underhållet saknas |
| Finns det underhållsplaner för varje fastighet och hur är dessa utformade? | Nej, underhållsplaner saknas för flertalet fastigheter |

Utifrån granskningens iakttagelser och bedömningar rekommenderar vi kommunstyrelsen att:

- ta fram riktlinjer för hur underhållet av verksamhetsfastigheterna ska prioriteras
- upprätta långsiktiga underhållsplaner för samtliga verksamhetsfastigheter
- ta fram en strategi för att åtgärda det eftersatta underhållet och beräkna dess kostnad
- informera de verksamheter som berörs om när planerat underhåll kommer att genomföras

# 1 Inledning

Kommunen har antagit en strategi för fastigheter, som dock inte innefattar riktlinjer för prioritering av fastighetsunderhåll.

# 2 Granskningsresultat

## 2.1 Organisation och bemanning

Fastighetsavdelningen har kontakt med representanter i övriga förvaltningar och har dokumenterat ett årshjul för underhåll.

## 2.2 Underhållsplaner

Underhållsplaner finns för nio av kommunens 84 verksamhetsfastigheter. Representanter för verksamheterna bekräftar att fastigheterna har eftersatt underhåll, utan vetskap om när detta kan komma att åtgärdas.

Örnsköldsvik den 27 januari 2025
Anna Fors, EY
