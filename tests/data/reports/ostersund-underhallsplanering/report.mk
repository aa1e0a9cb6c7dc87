@header Östersundshem AB | Granskning av underhållsplanering | Lekmannarevisionen 2025
@footer Deloitte – {page} –
Östersunds kommun
Lekmannarevisorerna i Östersundshem AB

Östersund den 29 oktober 2025

Till styrelsen

Granskning av underhållsplanering

Lekmannarevisorerna har med biträde av Deloitte granskat om styrelsen säkerställer en ändamålsenlig planering och uppföljning av underhållet i bolagets bostadsbestånd. Granskningen visar att underhållsplanen inte har uppdaterats sedan 2021 och att det eftersatta underhållet har ökat[^1].

Lekmannarevisorerna önskar svar på följande frågor:

1. Hur avser styrelsen att säkerställa att bolaget har en aktuell och fastställd underhållsplan?
2. Vilka åtgärder avser styrelsen att vidta för att minska det eftersatta underhållet i kvarteren på Odenslund?
3. På vilket sätt kommer hyresgästerna att ges inflytande när större renoveringar planeras?

Styrelsen ombeds även att kommentera rapportens rekommendationer. Svaret ska ha kommit in till lekmannarevisorerna senast den 12 december 2025. Lekmannarevisorerna avser att följa upp granskningen och önskar en redovisning av vidtagna åtgärder senast den 30 september 2026.

[^1]: Se avsnitt 3.2 i rapporten.

För lekmannarevisorerna

Hans Rönnqvist          Lena Strömgren

@pagebreak
Deloitte

Östersundshem AB
Granskning av underhållsplanering
Revisionsrapport, oktober 2025

Ulrika Norberg, certifierad kommunal revisor
Emil Forsberg, revisor

@pagebreak
# 1. Sammanfattning

Deloitte har på uppdrag av lekmannarevisorerna i Östersundshem AB granskat om bolagets styrelse säkerställer en ändamålsenlig planering och uppföljning av underhållet i bostadsbeståndet.

Den samlade bedömningen är att styrelsen inte helt säkerställer en ändamålsenlig planering och uppföljning av underhållet. Bolaget har en god kunskap om fastigheternas skick, men underhållsplanen är inaktuell och styrelsen får ingen samlad bild av det eftersatta underhållet.

## Revisorernas rekommendationer

Mot bakgrund av granskningens resultat rekommenderar revisorerna följande:

1) Styrelsen bör säkerställa att underhållsplanen uppdateras efter varje statusbesiktning och fastställs av styrelsen varje år.

2) Styrelsen bör begära en redovisning av det eftersatta underhållet per fastighet i samband med budgetbeslutet.

3) Styrelsen bör fastställa en policy för hur hyresgäster informeras och görs delaktiga inför större renoveringar.

4) Styrelsen bör följa upp att upphandlade underhållsentreprenader slutbesiktigas innan slutbetalning sker.

# 2. Inledning

## 2.1 Bakgrund

Östersundshem AB äger och förvaltar cirka 6 400 lägenheter och ingår i koncernen Östersunds Rådhus AB. Enligt ägardirektivet ska bolaget bedriva sin verksamhet så att fastigheternas värde långsiktigt bibehålls[^2].

[^2]: Ägardirektiv för Östersundshem AB, fastställt av kommunfullmäktige 2024-04-18, punkt 4.

## 2.2 Syfte och revisionsfrågor

Syftet med granskningen är att bedöma om styrelsen säkerställer en ändamålsenlig planering och uppföljning av underhållet. Granskningen har utgått från följande revisionsfrågor:

- Har bolaget en aktuell underhållsplan som är fastställd av styrelsen?
- Får styrelsen en tillräcklig rapportering om underhållets genomförande och eftersatta behov?
- Finns rutiner för att informera hyresgäster inför större underhållsåtgärder?

## 2.3 Metod och avgränsning

Granskningen har genomförts genom intervjuer med bolagets vd, fastighetschef och två förvaltare samt genom genomgång av styrelseprotokoll för 2023–2025. Stickprov har gjorts på sex underhållsentreprenader.

# 3. Iakttagelser och bedömningar

## 3.1 Underhållsplan

Bolagets underhållsplan omfattar perioden 2021–2030. Statusbesiktningar har gjorts av samtliga fastigheter under 2023 och 2024, men resultaten har inte förts in i planen. Styrelsen fastställde planen senast i december 2021.

Bedömning: Vi bedömer att styrelsen inte har säkerställt att underhållsplanen speglar fastigheternas aktuella skick.

## 3.2 Rapportering till styrelsen

Styrelsen får en rapport om underhållet två gånger per år. Rapporten visar utfall mot budget men inte hur det eftersatta underhållet utvecklas. Enligt förvaltningens egen beräkning uppgick det eftersatta underhållet till 212 miljoner kronor vid utgången av 2024, mot 164 miljoner kronor 2021.

Bedömning: Vi bedömer att rapporteringen till styrelsen inte ger underlag för att prioritera mellan fastigheterna, eftersom det eftersatta underhållet inte redovisas.

## 3.3 Hyresgästernas inflytande och slutbesiktningar

Information till hyresgäster inför renoveringar lämnas på olika sätt i olika förvaltningsområden. I två av sex granskade entreprenader gjordes slutbetalning innan slutbesiktningen var godkänd.

Bedömning: Vi bedömer att kontrollen av underhållsentreprenaderna är otillräcklig och att informationen till hyresgästerna inte är likvärdig i bolagets förvaltningsområden.

Östersund den 22 oktober 2025

Deloitte AB

Ulrika Norberg
Certifierad kommunal revisor
