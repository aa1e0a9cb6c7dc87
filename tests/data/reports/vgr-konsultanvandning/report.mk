@header Västra Götalandsregionen – Revisorskollegiet – Dnr REV 2024-0112
@footer Granskning av konsultanvändningen i Västra Götalandsregionen – sidan {page} av {pages}
Västra Götalandsregionen
Revisorskollegiet

Datum 2025-01-29
Diarienummer REV 2024-0112

Till:
Regionstyrelsen
Hälso- och sjukvårdsstyrelsen

Granskning av konsultanvändningen i Västra Götalandsregionen

Revisionsenheten har på uppdrag av revisorskollegiet granskat regionens användning av konsulttjänster. Revisorskollegiet behandlade rapporten den 22 januari 2025 och överlämnar den till regionstyrelsen och hälso- och sjukvårdsstyrelsen.

Revisorskollegiet begär att regionstyrelsen och hälso- och sjukvårdsstyrelsen lämnar ett yttrande över rapportens rekommendationer senast 2025-03-31. Av yttrandet ska framgå vilka åtgärder som avses vidtas, vem som ansvarar och när de ska vara genomförda.

För revisorskollegiet

Birgitta Alm
Ordförande

@pagebreak
# Granskning av konsultanvändningen i Västra Götalandsregionen

Genomförd av: Revisionsenheten
Behandlad av revisorskollegiet den 22 januari 2025

# 1. Inledning

## 1.1 Bakgrund

Under 2023 och 2024 har regionens kostnader för konsulttjänster ökat med 38 procent. Förvaltningar med underskott arbetar med åtgärdsprogram, samtidigt som köpta tjänster från konsultföretag ökar.

## 1.2 Syfte och revisionsfrågor

Syftet är att bedöma om regionstyrelsen och hälso- och sjukvårdsstyrelsen har en tillräcklig styrning och kontroll av konsultanvändningen.

## 1.3 Ansvariga nämnder

Granskningen avser regionstyrelsen och hälso- och sjukvårdsstyrelsen.

# 2. Våra iakttagelser och kommentarer

## 2.1 Hur är följsamheten mot regler avseende upphandling av konsulttjänster?

I ett stickprov om 60 fakturor saknades avtal i elva fall. I sju fall har direktupphandling skett utan dokumentation.

## 2.2 Hur redovisas konsultkostnader i regionens räkenskaper?

Konsultkostnader bokförs på olika konton i olika förvaltningar, vilket gör sammanställningar osäkra.

# 3. Sammanfattande bedömning och rekommendationer

Revisionsenhetens sammanfattande bedömning är att styrningen och kontrollen av konsultanvändningen inte är tillräcklig. Nedan sammanfattas våra rekommendationer och vilken nämnd som ansvarar.

| Rekommendation | Ansvarig nämnd | Prioritet |
| Ta fram regionövergripande anvisningar för när konsulter får anlitas och hur beslutet dokumenteras | Regionstyrelsen | Hög |
| Säkerställa att konsultkostnader bokförs på enhetliga konton i samtliga förvaltningar | Regionstyrelsen | Medel |
| Säkerställa att direktupphandlingar av konsulttjänster dokumenteras enligt lag | Hälso- och sjukvårdsstyrelsen | Hög |
| Följa upp kostnaderna för inhyrd vårdpersonal och konsulter i varje månadsrapport | Hälso- och sjukvårdsstyrelsen | Medel |
| Utvärdera om anlitade konsulter har ersatt tjänster som borde bemannas med egen personal | Hälso- och sjukvårdsstyrelsen | Låg |

Göteborg den 22 januari 2025

Kari Aartojärvi
Revisionsdirektör
