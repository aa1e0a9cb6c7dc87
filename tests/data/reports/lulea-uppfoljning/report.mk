@header Luleå kommun – Uppföljning av tidigare granskningar 2025
@footer KPMG AB – {page}
Luleå kommun
Revisorerna

Luleå 2025-03-10

Till:
Kommunstyrelsen
Socialnämnden

Uppföljning av tidigare granskningar

KPMG har på revisorernas uppdrag följt upp granskningarna av bisysslor (2022) och av socialnämndens handläggning av orosanmälningar (2023). Revisorerna konstaterar att tre rekommendationer kvarstår.

Revisorerna önskar svar från kommunstyrelsen och socialnämnden senast den 25 april om hur de rekommendationer som kvarstår ska åtgärdas.

För revisorerna
Lena Kvist, ordförande

@pagebreak
# Uppföljning av tidigare granskningar

Luleå kommun
Rapport, KPMG AB, februari 2025

# 1. Sammanfattning

Vi har följt upp vilka åtgärder kommunstyrelsen och socialnämnden har vidtagit med anledning av två tidigare granskningar. Sammanställningen visar rekommendationernas status.

| Rekommendation | Ansvarig nämnd | Status |
| Upprätta en rutin för årlig inventering av anställdas bisysslor | Kommunstyrelsen | Åtgärdad |
| Säkerställa att beslut om bisysslor dokumenteras i personalakten | Kommunstyrelsen | Kvarstår |
| Säkerställa att förhandsbedömning av orosanmälningar görs inom 14 dagar | Socialnämnden | Kvarstår |
| Följa upp handläggningstiderna för orosanmälningar i nämndens internkontrollplan | Socialnämnden | Kvarstår |

# 2. Bisysslor (2022)

Kommunstyrelsen har antagit en rutin för årlig inventering, och inventeringen genomfördes hösten 2024. Beslut om bisysslor dokumenteras dock fortfarande inte i personalakten.

Bedömning: Vi bedömer att rekommendationen om dokumentation av beslut om bisysslor kvarstår.

# 3. Orosanmälningar (2023)

Andelen förhandsbedömningar som görs inom 14 dagar har ökat från 61 till 74 procent. Handläggningstiderna ingår inte i nämndens internkontrollplan.

Bedömning: Vi bedömer att socialnämnden ännu inte har säkerställt att förhandsbedömningar görs inom lagstadgad tid.

Luleå den 24 februari 2025
KPMG AB
Sara Nyström, certifierad kommunal revisor
