#!/bin/sh
# Test data of tests/it/search_actions.rs: two Word files written by pandoc from the Markdown
# below (run from this folder: sh make.sh). A club's plan whose numbered actions include an
# agenda line ("Fråga om ansvarsfrihet för styrelsen", the kind of line a protocol's agenda
# gives when it is read as an action), on a long page of other matters; and an auditors'
# report, one page about the discharge of the board, with every word of the query.
set -e
cat > /tmp/handlingsplan.md <<'MD'
# Handlingsplan för Föreningen Klimatvän 2025

Föreningen Klimatvän antar denna handlingsplan för verksamhetsåret. Planen bygger på de
idéer som medlemmarna lämnade vid höstens medlemsmöte och på de erfarenheter som gjordes
under förra året, då föreningen ordnade tre cykelverkstäder, två studiecirklar och en
utställning om energi i hemmet på biblioteket. Planen följs upp av arbetsgrupperna varje
kvartal. Medlemmarna bidrar med idéer, tid och eget arbete, och alla som vill är välkomna
att delta i arbetsgrupperna. Kassören redovisar utfallet av budgeten vid varje uppföljning,
och sekreteraren för anteckningar som skickas ut till alla medlemmar via nyhetsbrevet.
Föreningen samarbetar med studieförbundet, biblioteket och kommunens energirådgivare, och
planerar att söka bidrag för en solcellsanläggning på föreningslokalens tak. Ungdomsgruppen
har önskat fler aktiviteter på helgerna, och cykelgruppen vill nå fler nya cyklister.

Under året har antalet medlemmar ökat från 84 till 112, och flest nya medlemmar kom via
cykelverkstäderna och utställningen. Lokalen i Folkets hus hyrs även nästa år, och hyran är
oförändrad. Nyckeln lämnas hos vaktmästaren efter varje träff. Föreningens hemsida byggs om
under våren av två frivilliga, och kalendern med alla träffar läggs ut där varje månad.
Biblioteket har erbjudit ett bord i entrén där föreningen kan lägga broschyrer om
energisparande, cykling och matsvinn. Studieförbundet betalar en del av kostnaderna för
cirkelledarna, och materialet lånas ut gratis till medlemmarna. Kommunens energirådgivare
medverkar vid två träffar under hösten och berättar om värmepumpar, tilläggsisolering och
bidrag för energieffektivisering i småhus. Ungdomsgruppen planerar en filmkväll om klimatet
och en insamling av begagnade cyklar som rustas upp och skänks till nyanlända familjer.
Cykelgruppen kartlägger cykelställen i centrum och lämnar förslag till kommunen om var fler
behövs. Matgruppen samlar recept på klimatsmart vardagsmat och ger ut ett litet häfte till
julmarknaden. Alla grupper träffas i Folkets hus den första tisdagen i varje månad.

## Åtgärder

1. Bjud in till öppna möten om energi i hemmet

2. Fråga om ansvarsfrihet för styrelsen

3. Starta en studiecirkel om solpaneler och batterier

4. Ordna en cykelverkstad på torget varje lördag i maj

5. Gör en utställning om klimatsmart mat på biblioteket

Till sommaren planeras en gemensam utflykt med cykel till naturreservatet vid sjön, med
picknick och guidning av en ornitolog från den lokala fågelklubben. Anmälan görs till
kassören senast två veckor före, och den som saknar cykel kan låna en av föreningens. På
hösten ordnas en bytesdag för kläder och leksaker i samarbete med församlingen, och det som
blir över skänks till second hand. Föreningen deltar också i kommunens miljövecka med ett
tält på torget, där besökarna kan prova elcyklar, smaka klimatsmart soppa och lära sig laga
punktering. Under vintern hålls en kurs i att täta fönster och dörrar, och deltagarna får
med sig tätningslister hem. Nyhetsbrevet kommer ut sex gånger om året och skrivs av en
redaktion på tre personer; tips och bilder tas gärna emot. Föreningens konto för bidrag och
gåvor sköts av kassören, och revisorerna granskar räkenskaperna en gång om året. Den som vill
bli medlem betalar in avgiften på föreningens konto och anger namn och adress. Familjer
betalar en gemensam avgift, och studerande betalar halva avgiften. Föreningen har inga
anställda; allt arbete görs ideellt av medlemmarna. Material som tas fram, som häften,
affischer och filmer, får användas fritt av andra föreningar med angivande av källan.
Verksamheten utvärderas i en enkel enkät till medlemmarna i december, och resultatet
redovisas i nyhetsbrevet och på hemsidan tillsammans med förslag till nästa års plan.

Arbetsgrupperna sköter sina åtgärder och rapporterar till medlemsmötet. Kostnaderna
ryms inom föreningens budget, och bidrag söks från kommunens föreningsstöd där det går.
Utställningen och verkstäderna marknadsförs i lokaltidningen och på föreningens hemsida.
MD
cat > /tmp/revisionsberattelse.md <<'MD'
# Revisionsberättelse för Föreningen Klimatvän

Vi har granskat föreningens räkenskaper, årsredovisning och förvaltningen under
verksamhetsåret 2024. Räkenskaperna är förda på ett tillfredsställande sätt och
verifikationerna är i ordning. Kassan har stämts av mot kontoutdragen varje kvartal, och
inköpen har attesterats av två personer. Medlemsavgifterna har kommit in i tid, och bidraget
från kommunens föreningsstöd har använts till det som ansökan angav. Lokalhyran har betalats
enligt avtalet med Folkets hus. Inventarieförteckningen är uppdaterad, och föreningens
cyklar, verktyg och utställningsmaterial finns där de ska finnas. Protokollen från
medlemsmötena är justerade och förvarade hos sekreteraren.

Årsmötet ska enligt stadgarna pröva om det finns skäl att rikta anmärkning mot den
förvaltning som granskats. Vi har inte funnit något sådant skäl. Vi tillstyrker därför
ansvarsfrihet för verksamhetsåret, och att resultatet balanseras i ny räkning. Vi har i
övrigt inga anmärkningar på hur medlen har använts, och vi tackar för gott samarbete med
kassören. Vi föreslår att föreningen inför en enkel rutin för reseersättningar, och att
styrelsen i god tid före nästa årsmöte tar ställning till vår fråga om hur inventarierna
ska försäkras.
MD
pandoc /tmp/handlingsplan.md -o handlingsplan.docx
pandoc /tmp/revisionsberattelse.md -o revisionsberattelse.docx
