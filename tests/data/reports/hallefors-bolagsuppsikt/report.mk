@footer Hällefors kommun – Kommunstyrelsens uppsikt över de kommunala bolagen – {page}
Hällefors kommun
Revisorerna

Missiv
Datum: 2023-10-05

Till kommunstyrelsen

För kännedom: kommunfullmäktige

Kommunstyrelsens uppsikt över de kommunala bolagen

KPMG har på uppdrag av de förtroendevalda revisorerna granskat om kommunstyrelsen utövar en tillräcklig uppsikt över de kommunala bolagen. Revisorerna ser allvarligt på att styrelsen inte har prövat bolagens verksamhet enligt kommunallagen.

Revisorerna vill senast 2023-11-30 ha kommunstyrelsens yttrande, där det framgår vilka åtgärder styrelsen avser att vidta med anledning av rekommendationerna.

För revisorerna
Kent Larsson
Ordförande

@pagebreak
Hällefors kommun
Kommunstyrelsens uppsikt över de kommunala bolagen
Revisionsrapport
Offentlig sektor KPMG AB
Antal sidor: 4

@pagebreak
# 1. Sammanfattning

Vi har av Hällefors kommuns revisorer fått i uppdrag att granska kommunstyrelsens uppsikt över de kommunala bolagen. Kommunen äger tre bolag helt och ett bolag tillsammans med andra kommuner.

Vår sammanfattande bedömning är att kommunstyrelsens uppsikt inte är tillräcklig. Våra rekommendationer redovisas i avsnitt 4.

# 2. Iakttagelser

## 2.1 Ägardirektiv och bolagsordningar

Ägardirektiven för två av bolagen antogs 2011 och har inte reviderats sedan dess.

### Bedömning

Vi bedömer att ägardirektiven inte är aktuella och därför ger kommunstyrelsen ett otillräckligt underlag för uppsikten.

## 2.2 Årlig prövning enligt kommunallagen

Kommunstyrelsen har inte fattat beslut enligt 6 kap. 9 § kommunallagen om att bolagens verksamhet har varit förenlig med det kommunala ändamålet.

### Bedömning

Vi bedömer att kommunstyrelsen inte har fullgjort sin skyldighet att årligen pröva bolagens verksamhet.

## 2.3 Rapportering från bolagen

Bolagen rapporterar ekonomiskt utfall två gånger per år. Någon rapportering av risker sker inte.

# 3. Rekommendationer

Rekommendation 1
Kommunstyrelsen bör ta fram förslag till reviderade ägardirektiv för samtliga helägda bolag.

Rekommendation 2
Kommunstyrelsen bör varje år pröva om bolagens verksamhet har varit förenlig med det fastställda kommunala ändamålet och utförts inom ramen för de kommunala befogenheterna.

Rekommendation 3
Kommunstyrelsen bör begära att bolagen rapporterar väsentliga risker i samband med delårsrapporten.

Rekommendation 4
Kommunstyrelsen bör i sin uppsiktsplan ange hur ofta och i vilken form bolagens styrelser ska träffa kommunstyrelsen.

Örebro den 28 september 2023
KPMG AB

Helena Nilsson, certifierad kommunal revisor
