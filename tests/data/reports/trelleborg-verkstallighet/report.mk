@header Trelleborgs kommun – Verkställighet av fullmäktiges beslut
@footer Sida {page}
Revisorerna i Trelleborgs kommun

Trelleborg 2024-12-11

Kommunstyrelsen

Granskning av verkställighet avseende fullmäktiges beslut åren 2022–2023

Revisorerna har genom PwC granskat om kommunstyrelsen säkerställer att kommunfullmäktiges beslut verkställs och återrapporteras[^1]. Rapporten överlämnas härmed till kommunstyrelsen.

Revisorerna vill ha kommunstyrelsens svar på rapportens rekommendationer senast den 28 februari.

För revisorerna i Trelleborgs kommun

Gunnar Persson
Ordförande

[^1]: Kommunallagen (2017:725) 6 kap. 13 §.

@pagebreak
# Revisionsrapport

Granskning av verkställighet avseende fullmäktiges beslut åren 2022–2023
Trelleborgs kommun
Kristina Hermansson, revisionskonsult
November 2024

# 1. Inledning

## 1.1 Bakgrund

Av kommunallagen framgår att det åligger styrelsen att verkställa fullmäktiges beslut. År 2010 genomfördes en liknande granskning, som visade att verkställigheten var relativt god men att tidsramar för verkställigheten saknades[^2].

[^2]: Revisionsrapport Verkställighet av fullmäktiges beslut, PwC 2010.

## 1.2 Revisionsfråga

Säkerställer kommunstyrelsen att fullmäktiges beslut verkställs och återrapporteras på ett tillfredsställande sätt?

# 2. Granskningsresultat

## 2.1 Verkställighet av kommunfullmäktiges beslut

Av 112 granskade beslut har 91 verkställts. För 14 beslut saknas uppgift om när verkställigheten ska vara klar.

## 2.2 Rutiner för uppföljning

Kommunledningskontoret för en lista över ej verkställda beslut, men listan redovisas för kommunstyrelsen endast en gång per år.

# 3. Sammanfattande iakttagelser och revisionell bedömning

Vår sammanvägda bedömning är att kommunstyrelsen i huvudsak säkerställer att fullmäktiges beslut verkställs, men att återrapporteringen till fullmäktige inte är tillräcklig.

## 3.1 Våra rekommendationer

Utifrån granskningen rekommenderar vi att kommunstyrelsen:

a) fastställer en tidsram för verkställigheten i varje beslutsunderlag till fullmäktige
b) redovisar ej verkställda beslut för kommunfullmäktige två gånger per år
c) inför en funktion i det digitala ärendehanteringssystemet för att bevaka verkställigheten
d) utreder varför de fjorton besluten från 2022 inte har verkställts
