@header Region Västerbotten – Revisorerna – Granskning av läkemedelshantering
@footer EY | Sida {page} av {pages}
Region Västerbotten
Revisorerna

Umeå 2025-11-12
Dnr REV 25/031

Till:
Regionstyrelsen
Hälso- och sjukvårdsnämnden

Granskning av läkemedelshanteringen inom slutenvården

Revisorerna har med stöd av EY granskat läkemedelshanteringen inom regionens slutenvård. Granskningen visar brister i egenkontrollen och i uppföljningen av avvikelser.

Med anledning av granskningen vill revisorerna ha ett skriftligt svar på följande frågor:

- Hur avser hälso- och sjukvårdsnämnden att säkerställa att egenkontrollen av läkemedelshanteringen genomförs på samtliga avdelningar?
- Hur avser regionstyrelsen att följa upp att regionens rutin för läkemedelsavvikelser tillämpas?

Svar från hälso- och sjukvårdsnämnden ska lämnas senast den 20 januari 2026 och från regionstyrelsen senast den 3 februari 2026.

För revisorerna
Eva-Lena Holm, ordförande

@pagebreak
# Granskning av läkemedelshanteringen inom slutenvården

Region Västerbotten
EY, oktober 2025

# 1. Sammanfattning

EY har på uppdrag av de förtroendevalda revisorerna granskat om hälso- och sjukvårdsnämnden och regionstyrelsen säkerställer en säker läkemedelshantering inom slutenvården.

Vår samlade bedömning är att nämnden delvis säkerställer en säker läkemedelshantering. Egenkontroller har genomförts på 14 av 31 avdelningar under 2024[^1].

[^1]: Uppgifterna avser januari–december 2024 enligt regionens avvikelsesystem.

# 2. Rekommendationer

Nedan redovisas rekommendationerna och vilken nämnd som ansvarar.

| Rekommendation | Ansvarig nämnd | Prioritet |
| Säkerställa att egenkontroll av läkemedelshanteringen genomförs årligen på samtliga avdelningar | Hälso- och sjukvårdsnämnden | Hög |
| Säkerställa att läkemedelsavvikelser analyseras och återförs till verksamheterna | Hälso- och sjukvårdsnämnden | Hög |
| Revidera den regionövergripande rutinen för läkemedelsavvikelser | Regionstyrelsen | Medel |

# 3. Iakttagelser

## 3.1 Egenkontroll

Riktlinjen anger att varje avdelning ska genomföra egenkontroll årligen. Under 2024 gjordes det på mindre än hälften av avdelningarna.

## 3.2 Avvikelser

Antalet rapporterade läkemedelsavvikelser ökade med 22 procent. Analyser av avvikelserna återförs sällan till avdelningarna.

Umeå den 29 oktober 2025
Mikael Sjö, EY
