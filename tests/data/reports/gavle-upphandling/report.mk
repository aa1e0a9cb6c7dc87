@header Gävle kommun – Granskning av upphandling och avtalstrohet
@footer EY – Granskningsrapport 2025 – {page}
@justify
Gävle kommun
Revisorerna

Gävle 2025-05-07

Till:
Kommunstyrelsen
Tekniska nämnden

För kännedom:
Kommunfullmäktiges presidium

Granskning av upphandling och avtalstrohet

EY har på revisorernas uppdrag granskat kommunens upphandling och avtalstrohet. Revisorerna översänder rapporten och begär att kommunstyrelsen och tekniska nämnden yttrar sig över rapportens rekommendationer senast 2025-06-13.

För revisorerna
Maria Lind, ordförande

@pagebreak
# Granskningsrapport

Granskning av upphandling och avtalstrohet
Gävle kommun
Maj 2025

@columns 2
# 1. Sammanfattning

EY har på uppdrag av de förtroende~valda revisorerna granskat om kommun~styrelsen och tekniska nämnden säkerställer att inköp görs enligt lagen om offentlig upphandling[^1] och kommunens upphandlings~policy.

[^1]: Lag (2016:1145) om offentlig upphandling.

Vår sammanfattande bedömning är att kommun~styrelsen och tekniska nämnden delvis säkerställer en ändamåls~enlig upphandling. Avtals~troheten är låg inom tekniska nämnden, där 23 procent av inköpen i vårt stickprov gjordes utan avtal.

Utifrån granskningen rekommenderar vi kommun~styrelsen att:

1. revidera upphandlings~policyn så att den anger hur direkt~upphandlingar över 100 000 kronor ska dokumenteras
2. införa en central uppföljning av avtals~troheten som redovisas för kommun~styrelsen två gånger per år
3. säkerställa att avtals~databasen är fullständig och tillgänglig för samtliga beställare

Vi rekommenderar tekniska nämnden att:

4. utbilda beställare i förvaltningen i regelverket för direkt~upphandling
5. följa upp inköp utan avtal och vidta åtgärder mot upprepade avvikelser

# 2. Inledning

## 2.1 Bakgrund

Kommunen köper varor och tjänster för drygt 3 miljarder kronor per år. Brister i avtals~troheten innebär risker för både ekonomi och rätts~säkerhet.

## 2.2 Syfte och revisions~frågor

Syftet är att bedöma om kommun~styrelsen och tekniska nämnden säkerställer en ändamåls~enlig upphandling med tillräcklig intern kontroll.

# 3. Iakttagelser

## 3.1 Styrdokument

Upphandlings~policyn antogs 2018. Den saknar krav på dokumentation av direkt~upphandlingar[^2].

[^2]: Enligt 19 kap. 30 § LOU ska en direktupphandling över 100 000 kronor dokumenteras.

## 3.2 Avtalstrohet

I ett stickprov om 120 fakturor från tekniska nämnden saknades avtal för 28 inköp.

@columns 1
Gävle den 30 april 2025
Peter Ström, certifierad kommunal revisor, EY
