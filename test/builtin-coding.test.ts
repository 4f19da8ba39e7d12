/**
 * Constructions coded with the built-in dictionaries (real country names; sentences written for this test).
 * GOLD rows list every asserted event; NOT_CODED rows name codes that must not be asserted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCoder, type Coder } from '../src/coder.js';
import { triples, type Triple } from './helpers.js';

let builtin: Coder | null = null;
const coder = (): Coder => (builtin ??= createCoder());
const DATE = '2025-06-01';

const GOLD: [string, Triple[]][] = [
  // a quotation mark inside a pattern's phrase does not end it: with "all available means" is with all available means
  ['Iran said it would respond with “all necessary means” to any attack by Israel.', [['IRN', 'ISR', '138']]],
  ['North Korea vowed to respond with "all available means" to the drills by South Korea.', [['PRK', 'KOR', '138']]],
  // a people's name glued to "-majority", "-populated", "-speaking" describes a place, not an actor (a people's name
  // before the role keeps it: "Kosovo officials"); police storming an embassy seize it (protesters storming one riot)
  ['Kosovo police raided offices in the Serb-majority north and arrested three local officials.', [['KSVCOP', 'KSVGOV', '173']]],
  ['Serbian police arrested three Kosovo officials near the border.', [['SRBCOP', 'KSVGOV', '173']]],
  ['Ecuadorian police stormed the Mexican embassy in Quito and arrested a former minister.', [['ECUCOP', 'ECUELI', '173'], ['ECUCOP', 'MEXGOV', '171']]],
  ['Protesters stormed the French embassy in Niamey.', [['NERCVL', 'FRAGOV', '145']]],
  ['Kenyan police arrested two opposition leaders in a raid near the Ugandan border.', [['KENCOP', 'KENOPP', '173']]],
  // "both governments" (read as one agent phrase), "both foreign ministers", "both defence ministers": the two parties
  // named before; when no sentence in reach names two, the latest party of each sentence before (one named: no pair);
  // two bodies of one organisation (NATO's force, KFOR) are one party, so "the two sides" are the states named before
  ['Kenyan President William Ruto accused Uganda of arming rebels. The African Union urged both governments to show restraint.', [['IGOAFRAFU', 'KENGOV', '020'], ['IGOAFRAFU', 'UGAGOV', '020'], ['KENGOV', 'UGA', '112']]],
  ["Ghana closed its border on Monday. Togo's foreign minister protested on Tuesday. The African Union urged both governments to reopen talks.", [['GHA', '', '191'], ['IGOAFRAFU', 'GHAGOV', '026'], ['IGOAFRAFU', 'TGOGOV', '026']]],
  ['Ghana closed its border on Monday. The African Union urged both governments to reopen talks.', [['GHA', '', '191'], ['IGOAFRAFU', 'GHAGOV', '026']]],
  ["Kenya and Uganda exchanged accusations on Monday. Turkey's foreign minister spoke to both foreign ministers by phone.", [['KEN', 'UGA', '112'], ['TURGOV', 'KENGOV', '041'], ['TURGOV', 'UGAGOV', '041'], ['UGA', 'KEN', '112']]],
  ["Kenya and Uganda exchanged accusations on Monday. Turkey's president called both defence ministers.", [['KEN', 'UGA', '112'], ['TURGOV', 'KENGOV', '041'], ['TURGOV', 'UGAGOV', '041'], ['UGA', 'KEN', '112']]],
  ["Serbia accused Kosovo of provocations. NATO's peacekeeping force in Kosovo, KFOR, said it had increased patrols. The two sides agreed to resume talks.", [['IGOWSTNATPKO', '', '150'], ['KSV', 'SRB', '036'], ['SRB', 'KSV', '036'], ['SRB', 'KSV', '1123']]],
  // a deed said to violate international law is criticised (said not to: NOT_CODED)
  ['Iran seized a tanker on Wednesday. Britain said the seizure violated international law.', [['GBR', 'IRN', '111'], ['IRN', '', '1711']]],
  // a protest whose doer is named by its country alone is its people's: the government may condemn it (its soldiers' is
  // the state's own)
  ["Kenyan air traffic controllers went on strike on Monday. Kenya's transport minister condemned the walkout.", [['KEN', '', '143'], ['KENGOV', 'KEN', '111']]],
  ["Kenyan soldiers went on strike on Monday. Kenya's defence minister condemned the walkout.", [['KENMIL', '', '143']]],
  // "the move", "the package", "the claims" name the deed told before; praise of it is aimed at its doer too (not
  // one's own state's deed, nor a package no story told)
  ['Russia closed its airspace to Finnish airlines. Finland condemned the move.', [['FIN', 'RUS', '111'], ['RUS', 'FIN', '191']]],
  ['The European Union adopted a package of sanctions against Belarus. Lithuania welcomed the package.', [['IGOEUREEC', 'BLR', '163'], ['LTU', 'IGOEUREEC', '051']]],
  ['Eritrea accused Ethiopia of massing troops on the border. Ethiopia dismissed the claims.', [['ERI', 'ETH', '112'], ['ETH', 'ERI', '016']]],
  ["Kenya closed its border with Somalia on Monday. Kenya's interior minister praised the move.", [['KEN', 'SOM', '191'], ['KENGOV', '', '051']]],
  ['Lithuania welcomed the package.', [['LTU', '', '051']]],
  // a compound that agrees (that …) agrees with each other (saying so: NOT_CODED)
  ['Kenya and Uganda agreed that the border should stay open.', [['KEN', 'UGA', '019'], ['UGA', 'KEN', '019']]],
  // a promise's "would" complement, and a gerund of going on under a reported "would", is an intention (fearing
  // another would, or saying it would stop: NOT_CODED)
  ['Germany pledged that it would send more tanks to Ukraine.', [['DEU', 'UKR', '0332']]],
  ['Germany said it would keep supplying tanks to Ukraine.', [['DEU', 'UKR', '0332']]],
  // an infinitive of going on with an act under a verb of intent is that intention too; going on told as done stays the act
  ['Germany pledged to continue providing weapons to Ukraine.', [['DEU', 'UKR', '0332']]],
  ['Poland promised to keep sending tanks to Ukraine.', [['POL', 'UKR', '0332']]],
  ['Germany kept supplying tanks to Ukraine.', [['DEU', 'UKR', '072']]],
  // "in turn" and "in return" are adverbials, not verbs: the subject before them keeps its verb
  ['Kenya expelled two Ugandan diplomats on Monday. Uganda, in turn, expelled a Kenyan envoy.', [['KEN', 'UGAGOV', '161'], ['UGA', 'KENGOV', '161']]],
  ['Uganda in turn expelled a Kenyan envoy.', [['UGA', 'KENGOV', '161']]],
  // "the junta, led by X": the leader in the BY phrase gives the state; a junta past a pronoun's reach is the state whose
  // military government the story named (not the state named last); "the government" after it is that state's
  ["Niger's government accused Benin of harbouring rebels. The junta, led by General Abdourahamane Tiani, closed the border with Benin.", [['NERGOV', 'BEN', '112'], ['NERGOV', 'BEN', '191']]],
  ["Mali's military government expelled the French ambassador on Monday. Senegal criticised the decision. Nigeria called for calm. Ghana said it was worried. The junta banned French television on Tuesday.",
    [['MLIGOV', 'FRAMED', '172'], ['MLIMILGOV', 'FRAGOV', '161'], ['NGA', '', '0256'], ['SEN', 'MLIMILGOV', '111']]],
  ["Mali's military government expelled the French ambassador on Monday. Senegal criticised the decision. Nigeria called for calm. Ghana said it was worried. The government banned French television on Tuesday.",
    [['GHAGOV', 'FRAMED', '172'], ['MLIMILGOV', 'FRAGOV', '161'], ['NGA', '', '0256'], ['SEN', 'MLIMILGOV', '111']]],
  // "Prime Minister X … said the government had …": the government is the speaking office-holder's, not the state the
  // sentence before named last (where suspects fled)
  ['Prosecutors said the suspects had fled to Hungary. Prime Minister Robert Fico said the government had raised the alert level at airports.', [['SVKGOV', '', '152']]],
  // armed forces entering another state's waters, airspace or territory: an incursion (fishing boats entering are none)
  ['Chinese warships entered Japanese waters near the Senkaku Islands on Friday.', [['CHNMIL', 'JPN', '192']]],
  ['Vietnamese fishing boats entered Philippine waters on Friday.', []],
  // "the violence" names the deed told before, whose doer a condemnation is aimed at
  ['Armed gangs attacked a market in northern Nigeria on Monday. The United Nations condemned the violence.', [['IGOUNO', 'NGACRM', '111'], ['NGACRM', 'NGA', '190']]],
  // "the North", capitalised, after North Korea is named, is North Korea ("the North Atlantic Council" is not)
  ['South Korea fired warning shots after North Korean soldiers crossed the border. Seoul urged the North to respect the armistice.', [['KOR', 'PRK', '020'], ['KOR', 'PRKMIL', '150']]],
  ['Norway urged the North Atlantic Council to meet.', [['NOR', 'IGOWSTNAT', '026']]],
  // an -s form after ", which" before a name is the relative clause's verb, and the subject before the comma keeps the
  // main verb
  ['Kenya, which borders Somalia and Uganda, expressed its solidarity with Mali.', [['KEN', 'MLI', '018']]],
  // the actors of a later adjunct of accusing do not give the arrested their country
  ['Chadian police arrested a dozen soldiers on Monday, accusing Sudan of arming them.', [['TCDCOP', '---MIL', '181'], ['TCDCOP', 'SDN', '112']]],
  // roles after an organisation's role are the organisation's people ("NATO officials and diplomats" is NATO, not
  // IGO + GOV); after a state's role they take the state
  ['Russia expelled NATO officials and diplomats.', [['RUS', 'IGOWSTNAT', '161']]],
  ['Russia expelled Kenyan officials and diplomats.', [['RUS', 'KENGOV', '161']]],
  // "targeting"/"hitting" after a comma says whom a measure that reduces relations reaches, no attack of its own; after an
  // attack it is the attack's aim
  ['Kenya imposed sanctions on Uganda on Tuesday, targeting its army.', [['KEN', 'UGA', '163']]],
  ['Kenyan troops shelled Somali villages on Monday, targeting al-Shabaab fighters.', [['KENMIL', 'SOM', '194'], ['KENMIL', 'SOMREB', '194']]],
  // a state's forces with no country, in a sentence naming none, are those of the one country the story has named
  // before; not when it has named two, nor by a country named only after them
  ['Gunmen stormed a hotel in Kismayo on Saturday, Somali police said. Security forces arrested ten people on Sunday.', [['SOMMIL', 'SOMCVL', '173'], ['SOMREB', 'SOM', '193']]],
  ['Kenyan troops entered Somalia on Monday. Security forces arrested ten people.', [['---MIL', '---CVL', '173']]],
  ['Security forces arrested ten people on Sunday. Kenya condemned the arrests.', [['---MIL', '---CVL', '173']]],
  // staff "at" an international organisation are its people, as "of" or "from" it; people who come to its offices are not
  ['Judges at the International Criminal Court accused Kenyan officials of war crimes.', [['IGOJUDICC', 'KENGOV', '1124']]],
  ['Officials at the World Health Organization criticised Kenya.', [['IGOUNOHLHWHO', 'KEN', '111']]],
  ['Protesters at the United Nations offices criticised Kenya.', [['---CVL', 'KEN', '111']]],
  // a pair a verb acts on ("urged both countries", "called on the two neighbours") is not the verb's doer: its parties are
  // the last pair named before, past a sentence that names one; a pair after a noun ("talks between the two
  // neighbours") may include the doer, so a sentence naming one party before it still pairs nothing
  ['Kenya and Uganda held talks in Arusha on Friday. The Ugandan delegation was led by the defence minister. Tanzania urged both countries to sign a ceasefire.',
    [['KEN', 'UGA', '040'], ['TZA', 'KEN', '0256'], ['TZA', 'UGA', '0256'], ['UGA', 'KEN', '040']]],
  ['Kenya and Uganda held talks in Arusha on Friday. Ethiopia called on the two neighbours to sign a ceasefire.',
    [['ETH', 'KEN', '0256'], ['ETH', 'UGA', '0256'], ['KEN', 'UGA', '040'], ['UGA', 'KEN', '040']]],
  ['Ethiopia and Somalia held talks on Monday. Kenya rejected an offer for talks between the two neighbours.', [['ETH', 'SOM', '040'], ['SOM', 'ETH', '040']]],
  // after "and"/"but", a noun phrase of its own before the verb is its subject even when it names no actor ("the meeting
  // ended" is no act of the talks' parties); a phrase of time is no subject ("and the next day expelled …")
  ['Kenya and Uganda held talks on Friday, but the meeting ended after two hours.', [['KEN', 'UGA', '040'], ['UGA', 'KEN', '040']]],
  ['Kenya closed its border with Uganda and the next day expelled two Ugandan diplomats.', [['KEN', 'UGA', '191'], ['KEN', 'UGAGOV', '161']]],
  // a compound subject's act on a noun whose BY phrase names its doer is aimed at that doer; a BY phrase in another
  // phrase ("during a visit by X") is not
  ['Kenya and Uganda condemned the storming of a market by Ethiopian troops.', [['KEN', 'ETHMIL', '111'], ['UGA', 'ETHMIL', '111']]],
  ["Kenya and Uganda signed a pact during a visit by Ethiopia's prime minister to Nairobi.", [['ETHGOV', 'KEN', '042'], ['KEN', 'UGA', '057'], ['UGA', 'KEN', '057']]],
  // an office with no country in a sentence naming none is the country of a story that names only one
  ['Floods hit eastern Kenya on Monday. The interior minister praised the police.', [['KENGOV', 'KENCOP', '051']]],
  ['Floods hit Kenya and Uganda on Monday. The interior minister praised the police.', [['---GOV', '---COP', '051']]],
  // a state condemning "the <deed>" of its own country's people aims at them; its own forces' deed it does not condemn
  ['Kenyan teachers went on strike on Monday. The government condemned the walkout.', [['KENEDU', '', '143'], ['KENGOV', 'KENEDU', '111']]],
  ['Kenyan police raided an opposition office on Monday. The Kenyan government condemned the raid.', [['KENCOP', 'KENOPP', '173']]],
  // a disapproval of "the <deed>" named "as" something is aimed at the deed's doer, not at what the "as" phrase names;
  // "the attack on X" names its own target
  ['Kenyan troops attacked a village in Somalia on Monday. Somalia condemned the attack as an attempt to drive farmers to Ethiopia.', [['KENMIL', 'SOM', '190'], ['SOM', 'KENMIL', '111']]],
  ['Kenyan troops attacked a village in Somalia on Monday. Somalia condemned the attack on Ethiopia as a crime.', [['KENMIL', 'SOM', '190'], ['SOM', 'ETH', '111']]],
  // a phrase with no actor after "the <deed>" names no target of its own: the deed's doer is the target
  ['Kenyan troops attacked a village in Somalia on Monday. Somalia condemned the attack on Tuesday.', [['KENMIL', 'SOM', '190'], ['SOM', 'KENMIL', '111']]],
  ['Kenyan troops attacked a village in Somalia on Monday. Somalia condemned the attack on the village.', [['KENMIL', 'SOM', '190'], ['SOM', 'KENMIL', '111']]],
  // "it" after "X, which is based in <city>, said" is X, not the city told as where X is; a name ending in "Command"
  // is a body, not a person; with no other body, a place named before is still the antecedent
  ['U.S. Africa Command, which is based in Stuttgart, said it had struck al-Shabaab fighters near Jilib.', [['USAMIL', 'SOMREB', '190']]],
  ['Somali rebels attacked a base in Kenya on Monday. It condemned the attack.', [['KEN', 'SOMREB', '111'], ['SOMREB', 'KEN', '190']]],
  // "X, whose N …, V": the main verb's subject is the name before the possessive relative pronoun
  ['Kenya, whose troops serve in Somalia, condemned the attack on Mogadishu.', [['KEN', 'SOM', '111']]],
  ['Kenyan troops attacked a village in Somalia on Monday. Ethiopia, whose troops also serve there, condemned the attack.', [['ETH', 'KENMIL', '111'], ['KENMIL', 'SOM', '190']]],
  // "the decision" names the latest deed of a kind one decides (an expulsion); welcoming it is no disapproval
  ['Uganda expelled a Kenyan diplomat on Friday. Kenya denounced the decision.', [['KEN', 'UGA', '111'], ['UGA', 'KENGOV', '161']]],
  ['Kenya denounced the decision.', []],
  // "a second strike" is a new deed of the kind by the same doer; "the strike" told again adds no event
  ['Kenyan jets struck a camp in Somalia on Monday. A second strike on Tuesday hit a market.', [['KEN', 'SOM', '195'], ['KEN', 'SOM', '195']]],
  ['Kenyan jets struck a camp in Somalia on Monday. The strike hit a market.', [['KEN', 'SOM', '195']]],
  // a passive arrest with no doer named is the act of the country named by the clause's "in" phrase
  ['Two Dutch nationals were arrested in Tehran.', [['IRN', 'NLD', '173']]],
  // ... or "at" a place of it ("at Tehran airport"); and an arrest made at a place places a role with no country there
  // (it is no act on the place: "detained two opposition lawmakers at Tbilisi airport" holds Georgians)
  ['Two French nationals were detained at Tehran airport.', [['IRN', 'FRA', '173']]],
  ['Two opposition lawmakers were detained at Tbilisi airport on Friday.', [['GEO', 'GEOOPP', '173']]],
  ['Police detained two opposition lawmakers at Tbilisi airport on Friday.', [['GEOCOP', 'GEOOPP', '173']]],
  ['The Kenyan activist was detained at the airport in Kampala.', [['UGA', 'KENCVL', '173']]],
  ['Two Dutch nationals were arrested after flying from Tehran.', []],
  ['Two Dutch nationals were arrested.', []],
  ['A missionary was arrested in Uganda.', []],
  // ... with no place named, a state's own opposition or press charged or sentenced are that state's; people expelled
  // or deported from a state with no doer named are that state's expulsion (a party expelling is no state; a doer named
  // that is no actor is still a doer)
  ['The Ugandan opposition leader was charged with treason on Monday.', [['UGA', 'UGAOPP', '173']]],
  ['Two Burundian journalists were sentenced to five years in prison.', [['BDI', 'BDIMED', '173']]],
  ['Hundreds of Malian migrants were expelled from Algeria last month.', [['DZA', 'MLIREF', '174']]],
  ['Refugees were deported from Libya on Tuesday.', [['LBY', '---REF', '201']]],
  ['The Kenyan senator was expelled from the party.', []],
  ['The Ugandan opposition leader was charged by a rival with lying.', []],
  ['Canada welcomed the release of a Canadian reporter detained in Iran.', [['CAN', 'CANMED', '051']]],
  // ... while under a past "did not V until" it came
  ['Israel did not withdraw until Hamas released the hostages.', [['PSEREBHMS', '---CVL', '0841']]],
  // ... while one the actor states, or an undated one, is
  ['Ruto said he will meet Museveni in Nairobi on Monday.', [['KENGOV', 'UGAGOV', '036']]],
  ['Ruto will meet Museveni in Nairobi on Monday.', [['KENGOV', 'UGAGOV', '036']]],
  // ... while a meeting said to be intended is that intention (036)
  ['The Kenyan president said he would meet Museveni.', [['KENGOV', 'UGAGOV', '036']]],
  // an object "him" after a singular role noun of one country ("a Libyan officer") is that person; a named person as
  // near is preferred
  ['Police arrested a Libyan officer, but Rome released him.', [['---COP', 'LBYMIL', '173'], ['ITA', 'LBYMIL', '084']]],
  ['Kenyan police detained a Ugandan soldier and later freed him.', [['KENCOP', 'UGAMIL', '084'], ['KENCOP', 'UGAMIL', '181']]],
  ['Police arrested a Libyan officer after Ruto met Haftar, but Rome released him.', [['---COP', 'LBYMIL', '173'], ['ITA', 'KENGOV', '084'], ['KENGOV', 'LBYREB', '040']]],
  // "them" after a share right after the verb ("killed three of them", "freed most of them") is that verb's object,
  // not its subject: the group named before
  ['Somali troops captured 12 al-Shabaab fighters on Monday. Somali troops later killed three of them.', [['SOMMIL', 'SOMREB', '171'], ['SOMMIL', 'SOMREB', '190']]],
  ['Kenyan soldiers captured 20 al-Shabaab fighters and freed most of them.', [['KENMIL', 'SOMREB', '084'], ['KENMIL', 'SOMREB', '171']]],
  ['Kenyan police detained 40 Ugandan activists. Kenyan police later released five of them.', [['KENCOP', 'UGACVL', '084'], ['KENCOP', 'UGACVL', '173']]],
  // a command to one's own forces ("his troops", the same country's) is no demand on another actor; to another's it is
  ['Declaring a truce, the president ordered his troops to halt attacks.', []],
  ['Putin ordered Russian troops to withdraw from Kherson.', []],
  ['Kenya ordered Ugandan troops to withdraw.', [['KEN', 'UGAMIL', '1056']]],
  ['Putin ordered Ukraine to halt attacks.', [['RUSGOV', 'UKR', '1056']]],
  // a violent deed ordered, directed or carried on ("pressed on with", "pushed ahead with") is the deed, by the one who
  // ordered or carried it on; pressing an actor over one is an appeal, and a walkout ordered is no strike (NOT_CODED)
  ['Uganda ordered airstrikes against al-Shabaab camps in Somalia.', [['UGA', 'SOMREB', '195']]],
  ['Kenyan commanders directed mortar fire at Somali militants.', [['KENMIL', 'SOMINS', '194']]],
  ['Kenya ordered its army to strike al-Shabaab bases.', [['KEN', 'SOMREB', '190']]],
  ['Uganda pressed on with its offensive against the rebels in Congo.', [['UGA', 'CODREB', '190']]],
  ['Uganda pushed ahead with its offensive against Kenya.', [['UGA', 'KEN', '190']]],
  ['Kenya pressed its offensive against al-Shabaab.', [['KEN', 'SOMREB', '190']]],
  ['Kenya pressed Uganda over its offensive in Congo.', [['KEN', 'UGA', '020']]],
  ['Kenya pushed ahead with its reform of the police.', []],
  // a statement judging another's act or presence unlawful criticises it (111; a court's ruling so is 116)
  ["Kenya said Uganda's presence was unlawful.", [['KEN', 'UGA', '111']]],
  ["Kenya says Uganda's blockade of the port is illegal.", [['KEN', 'UGA', '111']]],
  ["Kenya told the council that Uganda's occupation was illegal.", [['KEN', 'UGA', '111']]],
  ["Kenya said Uganda's presence was lawful.", [['KEN', 'UGA', '010']]],
  // an object pronoun of an accusation is the earlier party, not a body named only as the venue ("at the ICJ"); a body
  // that is the object itself stays
  ['Kenya sued Uganda at the ICJ, accusing it of violating the treaty.', [['KEN', 'UGA', '115']]],
  ['Ethiopia took Eritrea to the African Union, accusing it of arming rebels.', [['ETH', 'ERI', '112']]],
  ['Kenya asked the ICJ to rule, accusing it of delay.', [['KEN', 'IGOUNOJUDICJ', '020'], ['KEN', 'IGOUNOJUDICJ', '112']]],
  // a role with no country in a compound beside a country-coded actor takes the sentence's one country, as a role
  // alone does (two countries named: none)
  ['The African Union urged the army and the RSF to stop fighting in Sudan.', [['IGOAFRAFU', 'SDNMIL', '020'], ['IGOAFRAFU', 'SDNREB', '020']]],
  ['Troops and the RSF clashed near Khartoum.', [['SDNMIL', 'SDNREB', '193'], ['SDNREB', 'SDNMIL', '193']]],
  ['Police and the Taliban clashed in Kabul.', [['AFGCOP', 'AFGGOVTAL', '193'], ['AFGGOVTAL', 'AFGCOP', '193']]],
  ['Egypt urged the army and the RSF to stop fighting.', [['EGY', '---MIL', '0256'], ['EGY', 'SDNREB', '0256']]],
  // a deed named as the object noun of a verb of demanding is demanded (the demand is asserted); ordered, it is done
  ['Israel demanded the arrest of Hamas leaders in Turkey.', [['ISR', 'PSEREBHMS', '100']]],
  ['Kenya has demanded the expulsion of Ugandan diplomats.', [['KEN', 'UGAGOV', '100']]],
  ['Turkey ordered the arrest of Hamas leaders.', [['TUR', 'PSEREBHMS', '173']]],
  // a person in custody sent to another state is handed over to it (063), no aid to the person's country
  ['Kenya sent the British suspect to Uganda.', [['KEN', 'UGA', '063']]],
  ['Italy sent three Libyan detainees to Tripoli.', [['ITA', 'LBY', '063']]],
  ['Rwanda has sent two Congolese fugitives to Kinshasa.', [['RWA', 'COD', '063']]],
  ['Kenya sent aid to Uganda.', [['KEN', 'UGA', '070']]],
  // a prosecutor seeking a warrant for X accuses X (the judges are asked); asking a state for a warrant stays an appeal
  ['The ICC prosecutor sought arrest warrants for two Taliban leaders.', [['IGOJUDICC', 'AFGGOVTAL', '112']]],
  ['Kenya asked Uganda for an arrest warrant.', [['KEN', 'UGA', '020']]],
  // an object relative clause on a noun ("whom", "which"), in the past perfect, is background; in the past it is news
  ['Kenya welcomed 40 migrants whom Uganda had deported to Somalia.', [['KEN', '---REF', '051']]],
  ['Kenya welcomed 40 migrants whom Uganda deported to Somalia.', [['KEN', '---REF', '051'], ['UGA', 'SOM', '174']]],
  // a pronoun object is no name a pattern's noun belongs to: "gave him 72 hours" keeps HOURS' no-event sense, "gave
  // him food" its aid
  ['Russia expelled Lithuanian President Gitanas Nauseda and gave him 72 hours to leave the country.', [['RUS', 'LTUGOV', '174']]],
  ['Kenya arrested Rodrigo Duterte and gave him food.', [['KEN', 'PHLELI', '073'], ['KEN', 'PHLELI', '173']]],
  // an arrest named as a noun heading a clause, with no doer, is made by the country named by "in" in its phrase
  ['The arrest in Germany of a Libyan suspect drew praise from rights groups.', [['DEU', 'LBYCRM', '173']]],
  ['The arrest of a Libyan suspect in Germany drew praise from rights groups.', [['DEU', 'LBYCRM', '173']]],
  // a disapproval of "the <deed>" the sentence names no doer of is aimed at the doer of the latest such deed the story
  // told before (event anaphora across sentences)
  ['Russian drones struck Kharkiv overnight. President Volodymyr Zelensky condemned the attack.', [['RUSMIL', 'UKR', '1952'], ['UKRGOV', 'RUSMIL', '111']]],
  ['Algeria expelled 12 French diplomats on Monday. The French foreign ministry called the expulsions unacceptable.', [['DZA', 'FRAGOV', '161'], ['FRAGOV', 'DZA', '111']]],
  // ... and a denial of "the allegation" answers its accuser
  ["India accused Pakistan on Sunday of violating the ceasefire. Pakistan's foreign ministry rejected the allegation.", [['IND', 'PAK', '112'], ['PAKGOV', 'IND', '016']]],
  // one's own envoy withdrawn in a verb joined to a reduction of relations with another state is withdrawn from it; an
  // -ing form after a clause's comma before its object is that participle; after another kind of act the rule is silent
  ['France expelled 12 Algerian diplomats and recalled its ambassador.', [['FRA', 'DZAGOV', '161']]],
  ['Paris retaliated on Tuesday, expelling 12 Algerian diplomats and recalling its ambassador for consultations.', [['FRA', 'DZAGOV', '161']]],
  ['France criticised Algeria and recalled its ambassador.', [['FRA', 'DZA', '111'], ['FRA', 'FRAGOV', '161']]],
  // a verb of speaking or judging joined by "and" to a clause with no actor for subject is done by the clause before
  // that has one; other verbs are not ("clashes … killed 12": the police who said so killed no one)
  ["The U.S. Navy's Fifth Fleet said the seizure violated international law and called for the immediate release of the ship.", [['USAMIL', '', '1053']]],
  ['Pakistan said Islamabad remained committed to the truce and accused Indian forces of shelling villages.', [['PAK', 'INDMIL', '1123']]],
  ['Police said clashes erupted in the capital and killed 12 people.', []],
  ['The ministry said the fire spread and destroyed homes.', []],
  // an act in a clause of "until"/"before"/"once" is done when what it bounds is done
  ['Russia shelled Kharkiv for weeks before Ukraine agreed to talks.', [['RUS', 'UKR', '194'], ['UKR', '', '036']]],
  // a court ruling another's act or presence unlawful finds it liable (116); the copula's predicate is looked for past
  // the subject's phrases
  ["The ICJ ruled that Israel's continued presence in the occupied territories was unlawful.", [['IGOUNOJUDICJ', 'ISR', '116']]],
  ['The European Court of Human Rights ruled that Russia was in breach of the convention.', [['IGOEURCOEJUD', 'RUS', '116']]],
  // a hostile or verbal reaction a deed prompts, with no one else named, is aimed at the deed's doer (not a cooperative
  // act done at home)
  ['Houthi rebels detained nine U.N. staff members, prompting Guterres to demand their release.', [['IGOUNO', 'YEMREB', '1053'], ['YEMREB', 'IGOUNO', '173']]],
  ['Hezbollah fired rockets at Haifa, prompting Israel to retaliate.', [['ISR', 'LBNREBHEZ', '194'], ['LBNREBHEZ', 'ISR', '194']]],
  // peacekeeping (074) is provided to the country the force serves in; a mission named by its acronym is a peacekeeping
  // force to the verb patterns; a passive's subject phrase starts at its head noun ("the mandate of X was extended")
  ['The Security Council extended the mandate of the U.N. peacekeeping mission in South Sudan for another year.', [['IGOUNO', 'SSD', '074']]],
  ['The mandate of MONUSCO was extended by the Security Council for a year.', [['IGOUNO', 'IGOUNOPKO', '074']]],
  // ... also across an appositive between the phrase and the passive verb (with no actor before it, the appositive is
  // the subject)
  ['The mandate of UNMISS, the U.N. force in South Sudan, was extended by the Security Council.', [['IGOUNO', 'IGOUNOPKO', '074']]],
  ['The mandate of MONUSCO, the U.N. mission in Congo, has been extended by the Security Council.', [['IGOUNO', 'IGOUNOPKO', '074']]],
  ['John Smith, the president of Kenya, was attacked by gunmen.', [['KENREB', 'KENGOV', '193']]],
  ['The Security Council extended the mandate of the U.N. envoy in Libya for a year.', [['IGOUNO', 'LBY', '050']]],
  // (... a release to a third party stays aimed at the one released)
  ['Hamas released an Israeli soldier to the Red Cross.', [['PSEREBHMS', 'ISRMIL', '084']]],
  // judicial cooperation is aimed at where the person is sent, not at the person (the codebook's note on 063)
  ['Lebanon extradited an Egyptian poet to the United Arab Emirates.', [['LBN', 'ARE', '063']]],
  ['A Turkish poet was extradited by Lebanon to the United Arab Emirates on Wednesday.', [['LBN', 'ARE', '063']]],
  ['Spain extradited a Venezuelan general.', [['ESP', 'VEN', '063']]],
  // the ICC prosecutor's preliminary examination is an inquiry into crimes under the court's statute (094)
  ['The ICC prosecutor opened a preliminary examination into alleged crimes in Belarus.', [['IGOJUDICC', 'BLR', '094']]],
  // a gerund after a noun and a preposition of topic names what the noun is about, done by no one yet
  ['Kenya and Uganda signed an agreement on exchanging prisoners.', [['KEN', 'UGA', '057'], ['UGA', 'KEN', '057']]],
  ['Kenya released the prisoners on Monday, ending the dispute.', [['KEN', 'KENCVL', '0841']]],
  // an adjunct after an infinitive whose governor had no subject (a relative clause on the object) is the main clause's
  ['Russia vetoed a draft resolution that would have demanded a halt to fighting in Sudan, drawing criticism from Britain.', [['GBR', 'RUS', '111'], ['RUS', '', '129']]],
  // a veto is complete with the vetoer alone: the text vetoed is no actor
  ['Russia vetoed a draft resolution on Thursday.', [['RUS', '', '129']]],
  // "cast" after a name and before a determiner is the past of the verb, so "cast a veto" vetoes (the tagger reads a noun)
  ['Kenya cast its veto on the draft resolution.', [['KEN', '', '129']]],
  // a verb after "both"/"all"/"each" that follows a subject of two members is the verb of each (the tagger reads a noun)
  ['Uganda and Rwanda each accused Kenya of meddling.', [['RWA', 'KEN', '1125'], ['UGA', 'KEN', '1125']]],
  // "launch" after a determiner and a singular noun heads the phrase, no second clause
  ['Japan protested the latest Chinese rocket launch near Okinawa.', [['JPN', 'CHN', '114']]],
  // "have" before a noun that is no participle is the main verb ("had talks" meets), not the perfect's auxiliary
  ['Kenya had talks with Uganda on the border.', [['KEN', 'UGA', '040']]],
  // an irregular past after "the" and a noun is no base form heading a compound: "the government said on Friday"
  // keeps its verb, and the summons after it is the speaker's (not the hackers')
  ['Hackers broke into the accounts of Germany\'s ruling party, the government said on Friday, summoning the Russian envoy.', [['---CRM', 'DEUGOV', '176'], ['---GOV', 'RUSGOV', '114']]],
  // a hostile act named by the verb's own words and aimed at no one is aimed where the relative clause right after
  // its noun acts; one with a target of its own keeps it, and a cooperative one takes none from its relative clause
  ['Hamas launched an attack that killed dozens of Israelis.', [['PSEREBHMS', 'ISR', '190']]],
  ['Iran launched a cyber attack on Albania that disrupted services of Israeli banks.', [['IRN', 'ALB', '176']]],
  ['Kenya signed an agreement that covers trade with Somalia.', []],
  // a noun phrase with no actor opening an attribution after a comma is its speaker, not an actor in a phrase of the
  // clause before; an actor heading that clause, with an appositive between, is still the speaker
  ['Hackers disrupted online services of Belarus\'s state railway, a source in the agency told the Kyiv Post.', []],
  ['Kenya\'s interior ministry, a body that oversees the police, said it had met Somali officials.', [['KENGOV', 'SOMGOV', '040']]],
  // an adjunct of speaking after the content of a claim the speech names ("rejected claims that X had V-ed, urging
  // …") is the speaker's; after another relative clause it stays that clause's
  ['Moscow rejected claims that its agents had poisoned the defector, urging London to stop the smear campaign.', [['RUS', '', '016'], ['RUS', 'GBR', '020']]],
  ['Hungary praised the Serbian official who had met Putin, urging Brussels to follow.', [['HUN', 'SRBGOV', '051'], ['SRBGOV', 'IGOEUREEC', '020'], ['SRBGOV', 'RUSGOV', '040']]],
  // stopping boats, ships or the migrants on them at sea restricts movement (191, complete without a target); a
  // state's seizure of a ship or boat is complete without naming its owner (other seized things are not)
  ['The Greek coast guard intercepted 40 migrants.', [['GRCMIL', '---REF', '191']]],
  ['Iran seized a tanker in the Gulf.', [['IRN', '', '1711']]],
  ['Police seized cars.', []],
  // hacking groups, hacktivists and cyber criminals are hackers (a role), whose attacks are cyber attacks; a modifier
  // written with a hyphen between a country and a role stays inside the mention (not one glued to the country)
  ['A Chinese state-sponsored hacking group targeted British lawmakers.', [['CHNCRM', 'GBRLEG', '176']]],
  ['Iran-backed militias attacked a US base.', [['---UAF', 'USA', '190']]],
  // stolen data is a cyber attack (176); other theft is no event
  ['North Korean hackers stole data from South Korean defence contractors.', [['PRKCRM', 'KOR', '176']]],
  ['Thieves stole cars from Kenyan police.', []],
  // a cyber attack whose doer the text does not name is recorded with no source, as a violent act is (a BY phrase
  // after a participle on a noun names that noun's doer, not the clause's)
  ['The computer systems of Estonia\'s finance ministry were hacked.', [['', 'ESTGOV', '176']]],
  ['The websites of Danish ministries were knocked offline in an attack claimed by a pro-Russian group.', [['', 'DNKGOV', '176']]],
  ['Danish ministries were criticised on Tuesday.', []],
  // a compound subject's cooperative act: an actor in a phrase of topic (its own or its infinitive's) is what the
  // members deal about, not their partner; a hostile act's ON phrase stays its target
  ['Kenya and Uganda signed an agreement to share data on Somali militants.', [['KEN', 'UGA', '057'], ['UGA', 'KEN', '057']]],
  ['Kenya and Uganda imposed sanctions on Somalia.', [['KEN', 'SOM', '163'], ['UGA', 'SOM', '163']]],
  // an -ing form after a verb that takes a gerund, before its object, is that gerund ("sharing" is no adjective)
  ['Washington resumed sharing intelligence with Kyiv on Wednesday.', [['USA', 'UKR', '064']]],
  // (after "deny" the -ing form is left as tagged: the denial stands)
  ['Eritrea denied arming Sudanese rebels.', [['ERI', 'SDNREB', '016']]],
  // "intelligence" alone is information, the body only with an owner before it
  ['Washington shared intelligence with Kyiv.', [['USA', 'UKR', '064']]],
  ['Russian intelligence hacked the network of Germany\'s ruling party.', [['RUSSPY', 'DEUGOV', '176']]],
  // a personal name whose part after a hyphen is written in lower case ("Jae-myung", "Min-seok") matches the
  // dictionary's "_" form; a country before "-led" stays the country
  ['Lee Jae-myung criticised Japan.', [['KOROPP', 'JPN', '111']]],
  // diacritics are folded in text and dictionaries alike: "Türk" matches VOLKER_TURK, as "Turk" does
  ['Volker Türk criticised Israel.', [['IGOUNOHRIHCH', 'ISR', '111']]],
  ['Volker Turk criticised Israel.', [['IGOUNOHRIHCH', 'ISR', '111']]],
  ['Britain criticised Kim Min-seok.', [['GBR', 'KORLEG', '111']]],
  ['The Saudi Arabia-led coalition bombed Sanaa.', [['SAU', 'YEM', '195']]],
  // a headline in the present tense: a lexicon verb's base form after a plural subject is the verb
  ['Turkish warplanes strike Kurdish militants', [['TURMIL', 'TURREB', '195']]],
  // a guest received by a host is the guest's visit (042) besides the hosting (043)
  ['Ghana received the Togolese president in Accra.', [['GHA', 'TGOGOV', '043'], ['TGOGOV', 'GHA', '042']]],
  // captives handed to a third party (with no "over") are released
  ['Al-Shabaab handed the captives to the Red Cross in Mogadishu.', [['SOMREB', 'NGOHLHIRC', '0841']]],
  // a state leaving an intergovernmental body reduces relations with it (161), not a resignation nor a retreat
  ['Chad and Togo left ECOWAS in a dispute over tariffs.', [['TCD', 'IGOWAFWAS', '161'], ['TGO', 'IGOWAFWAS', '161']]],
  ['Gabon withdrew from the African Union last year.', [['GAB', 'IGOAFRAFU', '161']]],
  // ", and V" after a clause of time or reason joins the main clause; without the comma it joins the nearer verb
  // (a state protesting complains officially, 114, at the doer of the deed it answers)
  ['Kenya protested after Uganda closed the border, and recalled its ambassador.', [['KEN', 'UGA', '114'], ['KEN', 'UGAGOV', '161'], ['UGA', '', '191']]],
  ['Kenya protested after Uganda closed the border and recalled its ambassador.', [['KEN', 'UGA', '114'], ['UGA', '', '191'], ['UGA', 'UGAGOV', '161']]],
  // an act done, beside one only planned (NOT_CODED), and an event noun inside a role noun is no act
  ['The court ruled that the government had sent aid to Uganda.', [['---GOV', 'UGA', '070']]],
  ['Kenya granted asylum to a Ugandan opposition leader.', [['KEN', 'UGAOPP', '075']]],
  // what a compound subject discusses is its topic: the members deal with each other; "with" names the partner
  ['Kenya and Uganda discussed Somalia.', [['KEN', 'UGA', '040'], ['UGA', 'KEN', '040']]],
  ['Kenya discussed Somalia with Uganda.', [['KEN', 'UGA', '040']]],
  // a denial about the denier's own forces stands without a target (one actor acting on itself is otherwise no event)
  ["Kenya's army denied that its soldiers had shelled the town.", [['KENMIL', '', '016']]],
  // diplomatic representations lodged or made are a formal complaint
  ['China lodged stern representations with Japan.', [['CHN', 'JPN', '114']]],
  // a share of the pattern's noun ("most of", "some of") does not hide it from the verb
  ['Canada lifted some of its sanctions on Syria.', [['CAN', 'SYR', '085']]],
  // dropping, adopting or raising a trade measure or sanctions (DROP_MEASURE, ADOPT, RAISE_MEASURE); other objects are no event
  ['Canada dropped its retaliatory tariffs on American goods.', [['CAN', 'USA', '085']]],
  ['The European Union adopted new sanctions against Russia.', [['IGOEUREEC', 'RUS', '163']]],
  // sanctions imposed with no target are imposed; decided, they are imposed too (threatened or planned: NOT_CODED)
  ['The European Union imposed new sanctions.', [['IGOEUREEC', '', '163']]],
  ['The Japanese government decided to impose sanctions.', [['JPNGOV', '', '163']]],
  ['China raised tariffs on Australian wine.', [['CHN', 'AUS', '163']]],
  // an -ing participle after a text its author put out is the author's act ("adopted a resolution demanding X")
  ['The Security Council adopted a resolution demanding a ceasefire in Sudan.', [['IGOUNO', 'SDN', '1056']]],
  ['Egypt issued a statement on Monday condemning Israel.', [['EGY', 'ISR', '111']]],
  // a prepositional particle right after the verb is one, before a date it is not (NOT_CODED)
  ['Serbia signed on to the European plan.', [['SRB', '', '030']]],
  // "call" is a telephone call when an actor (or a noun phrase and a time) follows it
  ['The French president called Germany on Tuesday.', [['FRAGOV', 'DEU', '041']]],
  ['The Turkish president called the president of Iran on Monday.', [['TURGOV', 'IRNGOV', '041']]],
  // a multi-word verb whose particle is a preposition: "called on X", adverbs allowed between
  ['Germany called on France to end the blockade.', [['DEU', 'FRA', '0254']]],
  ['Germany called immediately on France to end the blockade.', [['DEU', 'FRA', '0254']]],
  // ... while a thing may stand between the verb and its particle ("fired X at Y")
  ['Chile fired anti-aircraft batteries at Peru during the night.', [['CHL', 'PER', '193']]],
  // ... but a particle past a thing the plain verb's own pattern names heads a phrase of that thing ("signed an
  // agreement on rice trade" is SIGN ... &AGREEMENT, not SIGN_ON), while a particle right after the verb is one
  ['Vietnam and the Philippines signed an agreement on rice trade on Tuesday.', [['PHL', 'VNM', '057'], ['VNM', 'PHL', '057']]],
  ['Kenya signed a loan agreement with Uganda on Monday.', [['KEN', 'UGA', '057']]],
  ['Kenya signed on to the agreement on Monday.', [['KEN', '', '030']]],
  // a trade embargo with no named target is a measure on all comers, coded without a target
  ['Indonesia halted exports of bauxite on Saturday.', [['IDN', '', '163']]],
  ['Indonesia banned rice exports on Saturday.', [['IDN', '', '163']]],
  ['Indonesia halted exports of bauxite to China.', [['IDN', 'CHN', '163']]],
  // ... but not other suspensions without a target, nor a halt that did not happen
  ['India suspended flights on Monday.', []],
  ['Indonesia did not halt exports of bauxite.', []],
  // a compound subject's BY phrase, and a deed in a phrase of time, name another act's doer, not the partner
  // (the visit itself, "by X to Y", is X's visit to Y)
  ['Vietnam and Japan signed a defence agreement during a visit by the Japanese prime minister to Hanoi.', [['JPN', 'VNM', '057'], ['JPNGOV', 'VNM', '042'], ['VNM', 'JPN', '057']]],
  ['Vietnam and Japan held talks during a visit by the Japanese prime minister.', [['JPN', 'VNM', '040'], ['VNM', 'JPN', '040']]],
  // ... while a reaction to a deed still targets its doer
  ['Germany and France condemned the attack by Afghan militants.', [['DEU', 'AFGINS', '111'], ['FRA', 'AFGINS', '111']]],
  ['Germany condemned the attack by Afghan militants during a visit by the French president.', [['DEU', 'AFGINS', '111']]],
  // a word of quantity before "of" does not hide the pattern's noun ("a barrage of rockets")
  ['Hezbollah fired a barrage of rockets at Israel.', [['LBNREBHEZ', 'ISR', '194']]],
  ['Russia launched dozens of drones at Ukraine overnight.', [['RUS', 'UKR', '1952']]],
  // ... nor does a number's approximator ("more than", "at least", "up to", "over")
  ['Iran launched more than 200 drones at Israel overnight.', [['IRN', 'ISR', '1952']]],
  ['Hezbollah fired at least 30 rockets at Israel on Sunday.', [['LBNREBHEZ', 'ISR', '194']]],
  // a multi-word verb naming the weapon beats one naming a particle: "fired missiles at" is not small arms
  ['North Korea fired two ballistic missiles at Japan.', [['PRK', 'JPN', '195']]],
  ['Russian troops fired at Ukrainian positions near the river.', [['RUSMIL', 'UKR', '193']]],
  // a title takes an unknown name after it into its mention, so "A and B" stays one compound subject
  ['South African President Thabo Ndlovu and Nigerian President Musa Adeyemi signed a trade agreement.', [['NGAGOV', 'ZAFGOV', '057'], ['ZAFGOV', 'NGAGOV', '057']]],
  ['Ghanaian President Kwame Asante-Boakye and the Kenyan foreign minister agreed to expand trade.', [['GHAGOV', 'KENGOV', '030'], ['KENGOV', 'GHAGOV', '030']]],
  // ... but not a day name: "the Iranian foreign minister Friday accused"
  ['The Iranian foreign minister Friday accused Israel of aggression.', [['IRNGOV', 'ISR', '1123']]],
  // water cannon is force, even after a verb of criticism ("blasted the boat with water cannon")
  ['Chinese coast guard vessels blasted a Vietnamese fishing boat with water cannon.', [['CHNMIL', 'VNM', '175']]],
  ['Chinese coast guard ships fired water cannon at a Philippine vessel.', [['CHNMIL', 'PHL', '175']]],
  ['China blasted the Philippines over the incident.', [['CHN', 'PHL', '111']]],
  // troops pulling apart along a front line de-escalate
  ['Thai and Cambodian forces disengaged along the border.', [['KHMMIL', 'THAMIL', '087'], ['THAMIL', 'KHMMIL', '087']]],
  // a nominal event's "by" phrase is its own, not that of a noun after it ("over comments by X")
  ['China lodged a protest with Japan over comments by the Japanese defence minister.', [['CHN', 'JPN', '114']]],
  ['The attack on Iraq by Iranian forces drew criticism.', [['IRNMIL', 'IRQ', '190']]],
  // a pattern's noun is not looked for in a relative clause after a comma ("- * AUTHORITY" is "abused authority"); a
  // bare role as the relative's subject is no accuser of the antecedent
  ['Guinean soldiers abused dozens of Liberian refugees, whom the authorities blame for the unrest.', [['GINMIL', 'LBRREF', '1822']]],
  // a role adjective before a noun is a modifier, not an actor ("joint military exercises"); as a noun it is one
  ['The United States and the Philippines held joint military exercises.', [['PHL', 'USA', '062'], ['USA', 'PHL', '062']]],
  ['The military seized power in Niger.', [['NERMIL', 'NER', '1724']]],
  // a large city is an actor of its country (dictionaries/actors/cities.txt); a protest in one's own country is
  // the one event whose source and target may share a code
  ['Russian forces shelled residential areas of Kharkiv overnight.', [['RUSMIL', 'UKR', '194']]],
  ['Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.', [['IRQ', 'IRQ', '141']]],
  ['The Iraqi government condemned the bombing in Basra.', []],
  // "what it called X": the naming relative is part of the noun phrase; X is the outer verb's
  ['India launched missile strikes on what it called terrorist camps in Pakistan.', [['IND', 'PAK', '195']]],
  ['Russia attacked what Kyiv called civilian targets.', [['RUS', 'UKR', '180']]],
  // a role phrase is not read over a verb's past form ("missiles struck" is no MISSILE_STRIKE); a plural noun still is
  ['Indian missiles struck militant camps in Pakistan.', [['IND', 'PAK', '195']]],
  ['Missile strikes hit Kyiv.', [['---MIL', 'UKR', '195']]],
  // an irregular past form wink takes for a noun after a name is the verb ("Poland shot down")
  ['Poland shot down Russian drones that entered its airspace.', [['POL', 'RUSMIL', '190']]],
  ['Kenyan police shot dead two protesters in Nairobi.', [['KENCOP', 'KENCVL', '175']]],
  ['Hamas freed three Israeli women held in Gaza, and Israel released 90 Palestinian prisoners.', [['ISR', 'PSECVL', '0841'], ['PSEREBHMS', 'ISRCVL', '084']]],
  ['France, Germany, and Italy condemned Russia.', [['DEU', 'RUS', '111'], ['FRA', 'RUS', '111'], ['ITA', 'RUS', '111']]],
  // seizing a place (a city or capital codes to a bare state) is occupying territory; seizing things stays 171x
  ['Syrian rebels seized Damascus.', [['SYRREB', 'SYR', '192']]],
  ['Iran seized a British tanker.', [['IRN', 'GBR', '1711']]],
  // a verbal reaction to a deed is aimed at its doer ("condemned the killing of X by Y" targets Y); without a doer
  // the deed's object stays the target
  ['The UN condemned the killing of aid workers by Sudanese paramilitaries.', [['IGOUNO', 'SDNUAF', '111'], ['SDNUAF', 'NGO---', '1823']]],
  ['Germany praised the release of hostages by Hamas.', [['DEU', 'PSEREBHMS', '051'], ['PSEREBHMS', '---CVL', '084']]],
  ['Egypt condemned the killing of Sudanese aid workers.', [['EGY', 'NGOSDN', '111']]],
  // a role read from a dictionary phrase ("Chinese troops" is CHNMIL) is shared over a compound like a composed one
  ['Indian and Chinese troops clashed along the border.', [['CHNMIL', 'INDMIL', '193'], ['INDMIL', 'CHNMIL', '193']]],
  // an administrative sanction with no target is a measure at home: its target is the source's own country; a
  // multi-word speech verb ("declared martial law") names its own act and needs no target
  ['Bangladeshi authorities imposed a nationwide curfew on Friday.', [['BGDGOV', 'BGD', '1723']]],
  ["Peru's president declared a state of emergency in the capital.", [['PERGOV', 'PER', '1724']]],
  ['Bangladesh declared martial law in Dhaka.', [['BGD', 'BGD', '1724']]],
  ['Tanzania declared a curfew in Zanzibar.', [['TZA', 'TZA', '1723']]],
  ['Vietnam and Japan signed a defence agreement in Hanoi.', [['JPN', 'VNM', '057'], ['VNM', 'JPN', '057']]],
  // killing protesters is repression (175) even by the military; killing others in combat stays 190
  ['Mozambican security forces killed 30 protesters in Maputo.', [['MOZMIL', 'MOZCVL', '175']]],
  ['Iranian troops killed twelve people during protests in Zahedan.', [['IRNMIL', 'IRN', '175']]],
  ['Sudanese soldiers killed five rebels.', [['SDNMIL', 'SDNREB', '190']]],
  // hackers, and attacks on computer systems, are cyber attacks (176); a network alone is not a computer
  ['Russian hackers targeted Ukrainian government websites.', [['RUSCRM', 'UKRGOV', '176']]],
  ['Iranian hackers attacked the computer systems of an Albanian ministry.', [['IRNCRM', 'ALBGOV', '176']]],
  ['Israel struck a Hamas network in Gaza.', [['ISR', 'PSEREBHMS', '190']]],
  // released aid workers are people (0841), released aid is aid (070)
  ['Militants in Burkina Faso released two Italian aid workers.', [['BFAINS', 'NGOITA', '0841']]],
  ['The United States released aid to Ukraine.', [['USA', 'UKR', '070']]],
  // approving a loan or aid grants it; approving an agreement endorses it
  ['The World Bank approved a loan to Kenya.', [['IGOUNODEVWBK', 'KEN', '071']]],
  ['The US Congress approved military aid for Taiwan.', [['USALEG', 'TWN', '072']]],
  // a finite passive whose subject is no actor takes its target from a phrase; a reduced relative does not
  ['Sanctions were imposed on Iran by the United States.', [['USA', 'IRN', '163']]],
  ['Sanctions were imposed on Iran\'s oil exports by the United States on Thursday.', [['USA', 'IRN', '163']]],
  ['A prisoner died after beatings, according to a doctor sent to Jordan by a human rights group.', []],
  // an exchange by a compound subject is between its members; what is exchanged, and where, is no partner
  ['Russia and the United States swapped prisoners in Ankara on Thursday.', [['RUS', 'USA', '084'], ['USA', 'RUS', '084']]],
  ['Ukraine and Russia swapped 150 prisoners of war.', [['RUS', 'UKR', '084'], ['UKR', 'RUS', '084']]],
  ['Russia swapped prisoners with the United States.', [['RUS', 'USA', '084']]],
  // ... and so are detainees and the dead, whoever's they are ("exchanged fire", "exchanged views": NOT_CODED 08)
  ['Armenia and Azerbaijan swapped detainees on Friday.', [['ARM', 'AZE', '084'], ['AZE', 'ARM', '084']]],
  // (the soldiers killed near a town of Ukraine are placed there, as near a city the dictionaries name: "near Kharkiv")
  ['Russia and Ukraine exchanged the bodies of soldiers killed near Bakhmut.', [['', 'UKRMIL', '190'], ['RUS', 'UKR', '0842'], ['UKR', 'RUS', '0842']]],
  ['Israel and Hezbollah swapped the remains of fighters.', [['ISR', 'LBNREBHEZ', '0842'], ['LBNREBHEZ', 'ISR', '0842']]],
  // a cooperative verb joined by "and" with no partner of its own deals with the object of the cooperative verb before
  // it; not after a hostile verb, not over a partner of its own, not with a place named by a phrase
  ['Lula met Biden and signed an agreement.', [['BRAGOV', 'USAELI', '040'], ['BRAGOV', 'USAELI', '057']]],
  ['Lula visited Argentina and then signed a trade pact.', [['BRAGOV', 'ARG', '042'], ['BRAGOV', 'ARG', '057']]],
  ['Lula criticised Biden and signed an agreement.', [['BRAGOV', 'USAELI', '111']]],
  ['Lula met Biden and signed an agreement with Mexico.', [['BRAGOV', 'MEX', '057'], ['BRAGOV', 'USAELI', '040']]],
  ['Lula arrived in Argentina and signed a trade pact.', [['BRAGOV', 'ARG', '042']]],
  // arriving in a capital for talks or a visit is a visit to its country (migrants arriving: NOT_CODED)
  ["Turkey's defence minister arrived in Baghdad on Tuesday for talks on border security.", [['TURGOV', 'IRQ', '042']]],
  // ... and so it is when the purpose names a partner: the talks with him are yet to be held
  ["Kenya's foreign minister arrived in Doha on Monday for talks with Iranian envoys.", [['KENGOV', 'QAT', '042']]],
  ["Kenya's foreign minister flew to Ankara for talks with Iranian envoys.", [['KENGOV', 'TUR', '042']]],
  ['The Egyptian foreign minister landed in Doha for a two-day visit.', [['EGYGOV', 'QAT', '042']]],
  // ... but a journey's end in the traveller's own country is a return home, no visit by him (the visitor waiting there
  // is met later), and those he travels "with" host nothing: the host is the country he reaches
  ['The Nigerian president flew back to Abuja for talks with the Ghanaian delegation.', []],
  ["Qatar's prime minister arrived in Doha on Sunday with two Iranian envoys.", []],
  ['The Ghanaian delegation arrived in Abuja for talks with the Nigerian president.', [['GHAGOV', 'NGA', '042']]],
  ['The Brazilian president arrived in Beijing with a delegation of Brazilian business leaders.', [['BRAGOV', 'CHN', '042']]],
  ['The Malaysian prime minister flew to Jakarta with Thai officials.', [['MYSGOV', 'IDN', '042']]],
  // ... and coming back to a place is a journey, not property given back (0842); a thing returned still is
  ['The Ghanaian president returned to Accra for talks with Togolese ministers.', []],
  ['The Indian foreign minister returned to Dhaka on Tuesday.', []],
  ['Pakistan returned to India the bodies of three fishermen.', [['PAK', 'IND', '0842']]],
  ['Spain returned the looted statues to Mexico.', [['ESP', 'MEX', '0842']]],
  // ... and so is an actor inside a phrase of setting that a compound's cooperative act hangs on ("in the presence of
  // X", "on the sidelines of X"); a partner named by "with" stays one, and a hostile act's place keeps its country
  ['Croatia and Slovenia signed a border treaty in the presence of the German chancellor.', [['HRV', 'SVN', '057'], ['SVN', 'HRV', '057']]],
  ['Vietnam and Indonesia met on the sidelines of the ASEAN summit.', [['IDN', 'VNM', '044'], ['VNM', 'IDN', '044']]],
  // ... and for any subject, an actor named only as a witness or host of the setting ("in the presence of X", "under
  // the auspices of X", "at a ceremony attended by X") is no partner; "with X" still is, and a participle of hosting
  // on a thing that is no setting ("the talks hosted by X") still names whom a reaction concerns
  ['Jordan signed a water agreement in the presence of the Saudi crown prince.', []],
  ['Azerbaijan signed the accord at a ceremony attended by the Turkish president.', []],
  ['Ghana signed the pact during a ceremony hosted by Nigeria.', []],
  ['Egypt signed the accord with Israel in the presence of the U.S. president.', [['EGY', 'ISR', '057']]],
  ['Kenya praised the talks hosted by Qatar.', [['KEN', 'QAT', '051']]],
  ['Kenya welcomed the presence of Ugandan troops.', [['KEN', 'UGAMIL', '051']]],
  // the traveller of a visit in a phrase of time ("during the visit of X", "during a visit by X") is the visit's
  // source, not the clause's partner, and does not give its country to unplaced roles; a partner named by "with", and
  // the visit's own destination, stay
  ['Egypt signed a water deal during the visit of the French president.', []],
  ['Kenya signed a trade pact during a visit by the Chinese premier.', []],
  ['Egypt criticised Israel during the visit of the U.S. secretary of state.', [['EGY', 'ISR', '111']]],
  ['Kenya signed a trade pact with Ethiopia during a visit by the Chinese premier.', [['KEN', 'ETH', '057']]],
  ['India signed three agreements during the visit of the Russian president to New Delhi.', [['RUSGOV', 'IND', '042']]],
  ['Protesters clashed with police during a visit by the Israeli president.', [['---CVL', '---COP', '145']]],
  ['The Kenyan president praised China during a visit to Beijing.', [['KENGOV', 'CHN', '042'], ['KENGOV', 'CHN', '051']]],
  // a group placed "across/throughout X" or "in several cities of X" is X's, also when the sentence names another country
  ['Protesters in several cities of Iran burned American flags.', [['IRNCVL', 'USA', '1712']]],
  ['Protesters in many parts of Iran burned American flags.', [['IRNCVL', 'USA', '1712']]],
  ['Farmers throughout France protested against the trade deal with Brazil.', [['FRAAGR', 'BRA', '140']]],
  ['Demonstrators across Pakistan denounced India.', [['PAKCVL', 'IND', '111']]],
  // a claim of responsibility for a deed named by its noun makes the claimant its doer (besides the claim, 015); a
  // denial or an unnamed claimant does not; a target "Greek-owned" or "Israeli-linked" is its owner's country
  ['The Islamic State claimed responsibility for the attack on Syrian troops.', [['IMGMUSISI', 'SYRMIL', '015'], ['IMGMUSISI', 'SYRMIL', '190']]],
  ['Hamas claimed full responsibility for the rocket attack on Tel Aviv.', [['PSEREBHMS', 'ISR', '015'], ['PSEREBHMS', 'ISR', '194']]],
  ['The Islamic State denied responsibility for the attack on Syrian troops.', [['IMGMUSISI', 'SYRMIL', '016']]],
  ['No group has claimed responsibility for the attack on the Syrian troops.', []],
  ['The Houthis attacked a Greek-owned tanker in the Red Sea.', [['YEMREB', 'GRC', '190']]],
  ['Houthi rebels struck an Israeli-linked ship.', [['YEMREB', 'ISR', '190']]],
  // a gerund after "after/since/upon/while" is the subject's of the clause before it (passive: its patient), not that
  // clause's object's
  ['Kenya recalled its envoy after accusing Uganda of spying.', [['KEN', 'KENGOV', '161'], ['KEN', 'UGA', '112']]],
  // ... and so is one whose subject was not found, its clause's object being no actor (the actor only in a phrase)
  ['Lithuania closed its border with Belarus to trucks after accusing Minsk of orchestrating migrant crossings.', [['LTU', 'BLR', '112'], ['LTU', 'BLR', '191']]],
  // (not a departure's: the place left is no act's target)
  ['Kenya\'s president arrived in Kampala on Monday after leaving Addis Ababa.', [['KENGOV', 'UGA', '042']]],
  ['The opposition leader was released after being detained by Ugandan police.', [['UGACOP', 'UGAOPP', '173']]],
  ['Two Kenyan journalists were deported after being arrested by Ugandan police.', [['UGACOP', 'KENMED', '173']]],
  ['Croatia and Slovenia met with the head of NATO.', [['HRV', 'IGOWSTNAT', '040'], ['SVN', 'IGOWSTNAT', '040']]],
  ['Russia and Belarus shelled villages on the outskirts of Kharkiv.', [['BLR', 'UKR', '194'], ['RUS', 'UKR', '194']]],
  // "with X V-ing": X is the participle's subject, not a phrase of the clause before
  ['Russia and the United States swapped prisoners, with Moscow freeing two American journalists.', [['RUS', 'USA', '084'], ['RUS', 'USAMED', '0841'], ['USA', 'RUS', '084']]],
  ['Israel and Hamas exchanged prisoners, with Hamas releasing three Israeli hostages.', [['ISR', 'PSEREBHMS', '084'], ['PSEREBHMS', 'ISR', '084'], ['PSEREBHMS', 'ISRCVL', '0841']]],
  // "more than 200 X" is the object, not a "than" phrase; a comparison's "than" is still no participant
  ['The United States deported more than 200 Venezuelan migrants to El Salvador.', [['USA', 'VENREF', '174']]],
  ['China sent more aid to Laos than Japan.', [['CHN', 'LAO', '070']]],
  // expelling diplomats reduces relations (161; 166 is for peacekeepers, inspectors and aid agencies)
  ['Canada expelled six Indian diplomats over the killing of an activist.', [['CAN', 'INDGOV', '161']]],
  ['The junta expelled UN inspectors.', [['---GOV', 'IGOUNO', '1662']]],
  // revoking an agreement or cooperation reduces relations; revoking a restriction eases it
  ['Niger revoked a military cooperation agreement with the United States.', [['NER', 'USA', '160']]],
  ['Iraq revoked the visa requirement for Iranian pilgrims.', [['IRQ', 'IRNCVL', '081']]],
  // "not yet", "has yet to": the act has not happened; "yet again" is still an act
  ['Israel has not yet withdrawn its troops from Lebanon.', []],
  ['Moscow has yet to release the two American journalists.', []],
  ['Russia has yet again attacked Ukraine.', [['RUS', 'UKR', '190']]],
  // upgrading ties is diplomatic cooperation (050) like upgrading relations; restoring them is recognition (054)
  ['Vietnam and the United States upgraded their ties to a strategic partnership.', [['USA', 'VNM', '050'], ['VNM', 'USA', '050']]],
  ['Saudi Arabia and Iran restored diplomatic ties.', [['IRN', 'SAU', '054'], ['SAU', 'IRN', '054']]],
  // receiving aid, a loan or weapons from X: X provides them; receiving a person is hosting a visit (RECEIVE's own
  // 043, which MEET's '&LEADER [040]' no longer overrides now that 040 is MEET's own default)
  ['Kenya received a loan from the United Arab Emirates.', [['ARE', 'KEN', '071']]],
  ['Kenya received weapons from Turkey.', [['TUR', 'KEN', '072']]],
  // (the ambassador received pays the call: his visit, 042, besides the hosting)
  ['The Kenyan president received the Turkish ambassador.', [['KENGOV', 'TURGOV', '043'], ['TURGOV', 'KENGOV', '042']]],
  // pausing aid reduces it; announced tariffs and export controls are imposed like announced sanctions
  ['The United States paused military aid to Ukraine.', [['USA', 'UKR', '1622']]],
  ['China announced tariffs on American goods.', [['CHN', 'USA', '163']]],
  // "fighters" are combatants, not aircraft; fighter planes and jets are aircraft of the military
  ['Hamas fighters attacked Israeli troops.', [['PSEREBHMS', 'ISRMIL', '190']]],
  ['Israeli fighter planes bombed Gaza.', [['ISRMIL', 'PSE', '195']]],
  // a military base stands for the forces in it
  ['Ukrainian drones struck a Russian air base in Crimea.', [['UKRMIL', 'RUSMIL', '1952']]],
  ['Iranian missiles hit an American military base in Qatar.', [['IRN', 'USAMIL', '195']]],
  // launching or beginning drills shows force (150); joint drills are military cooperation (062)
  ['China launched military exercises around Taiwan.', [['CHN', 'TWN', '150']]],
  ['Russia and China launched joint naval drills.', [['CHN', 'RUS', '062'], ['RUS', 'CHN', '062']]],
  // a sea named after a country is a region, not the country, and where the act was, not whom it was aimed at (nor is
  // the subject's own ship)
  ['The United States and the Philippines began joint military exercises in the South China Sea.', [['PHL', 'USA', '062'], ['USA', 'PHL', '062']]],
  ['The US Navy sailed a destroyer through the South China Sea.', [['USAMIL', '', '150']]],
  // a hyphenated name split by the tokenizer still matches its dictionary entry; a hyphenated modifier does not join
  ['Army officers in Guinea-Bissau detained the president.', [['GNBMIL', 'GNBGOV', '173']]],
  ['Timor-Leste recalled its ambassador from Indonesia.', [['TLS', 'IDN', '161']]],
  // ... also with a short lower-case particle between capitalised words; a lower-case prefix alone ("al-Shabab")
  // keeps its own reading
  ['Police in Port-au-Prince arrested two gang leaders.', [['HTICOP', 'HTICRM', '173']]],
  ['Al-Shabab fighters attacked a base in Dar-es-Salaam.', [['SOMREB', 'TZA', '190']]],
  ['Somalia\'s al-Shabab attacked a base in Kenya.', [['SOMREB', 'KEN', '190']]],
  // ... and an Arabic particle after a given name matches the "_" form, the tokens unchanged
  ['Rashad al-Alimi met Khalil al-Hayya in Cairo.', [['YEMGOV', 'PSEREBHMS', '040']]],
  // "African countries", "Latin American nations": a region's countries are the CAMEO region, as "Western countries"
  // are WST; a longer name still wins ("South African", "European Union")
  ['China pledged aid to African countries.', [['CHN', 'AFR', '033']]],
  ['Latin American nations condemned the coup in Bolivia.', [['LAM', 'BOL', '111']]],
  ['South African troops attacked rebels in Congo.', [['ZAFMIL', 'CODREB', '190']]],
  ['The European Union condemned Russia.', [['IGOEUREEC', 'RUS', '111']]],
  // a nominal event: an "of" of quantity leads on to the victims ("the killing of dozens of villagers"), and roles
  // with no country take the one country the sentence names
  ['Nigerian troops arrived after the killing of dozens of villagers by gunmen.', [['NGAREB', 'NGACVL', '1823']]],
  ['Nigerian troops arrived after the killing of villagers by gunmen.', [['NGAREB', 'NGACVL', '1823']]],
  // ... and stay unplaced when it names none
  ['The killing of dozens of villagers by gunmen shocked the region.', [['---REB', '---CVL', '1823']]],
  // a lower-case "official" before a plural noun that is no role is the adjective ("its official creditors")
  ['Zambia reached a deal with its official creditors on Thursday.', []],
  ['A Chinese official condemned Japan.', [['CHNGOV', 'JPN', '111']]],
  ['An official in Kenya condemned Uganda.', [['KENGOV', 'UGA', '111']]],
  ['Kenyan official media criticised Uganda.', [['KENGOVMED', 'UGA', '111']]],
  // "drew criticism/a protest from X": X reacts to the subject (a reverse-only DRAW pattern); a deed's reaction is aimed
  // at the doer named by "by", and DRAW with anything else is no event
  ['Kenya drew criticism from Uganda over the raid.', [['UGA', 'KEN', '111']]],
  ['Kosovo closed the offices, drawing a sharp protest from Belgrade.', [['SRB', 'KSV', '114']]],
  ['The killing of a Palestinian teenager by Israeli settlers drew criticism from the United Nations.', [['IGOUNO', 'ISRCVL', '111'], ['ISRCVL', 'PSE', '1823']]],
  ['The arrest of a Kenyan activist drew criticism from Uganda.', []],
  ['Kenya drew up a plan with Uganda.', []],
  ['Kenya drew troops from Uganda.', []],
  ['Russian-backed separatists shelled Ukrainian positions.', [['---REB', 'UKR', '194']]],
  ['The government imposed a curfew.', []],
  ['Fighting continued in Sudan, the Egyptian foreign minister declared.', []],
  // an intention is not the act: "plans" read as a noun after the subject, and an eventless verb of intention
  ['Kenya plans to deploy police officers to Haiti.', []],
  ['The Kenyan army aims to retake the town from Somali militants.', [['KENMIL', 'SOMINS', '1382']]],
  // "foreign" alone is no Foreign Office; deported journalists and activists are deported (174), not released
  ['Kenya deported foreign journalists.', [['KEN', '---MED', '174']]],
  ["The British Foreign Office summoned Iran's ambassador.", [['GBRGOV', 'IRNGOV', '114']]],
  // an attack noun as the object of a verb that performs it: one event, the clause's subject its doer, the more
  // specific code; a reaction to the attack keeps the attack's own doer, and no state's forces are guessed
  ['The United States launched an air strike against Islamic State.', [['USA', 'IMGMUSISI', '195']]],
  ['Israel carried out an air strike on Hezbollah positions.', [['ISR', 'LBNREBHEZ', '195']]],
  ['Israel did not carry out an air strike on Hezbollah.', []],
  ['Iran condemned the Israeli airstrike on Hezbollah.', [['IRN', 'ISRMIL', '111'], ['ISRMIL', 'LBNREBHEZ', '195']]],
  ['Iran condemned the airstrike on Hezbollah.', [['---MIL', 'LBNREBHEZ', '195'], ['IRN', 'LBNREBHEZ', '111']]],
  // a military is not placed by its victims' name; rebels fighting a government, or gunmen in a named place, are
  ['An air strike killed ten Hezbollah fighters.', [['---MIL', 'LBNREBHEZ', '195']]],
  ['Gunmen abducted 20 students from a school in northwestern Nigeria.', [['NGAREB', 'NGAEDU', '181']]],
  // announcing sanctions of any kind (the sanctions word set: asset freezes, travel bans, embargoes) imposes them
  ['The Canadian government announced asset freezes and travel bans against Russian military officers.', [['CANGOV', 'RUSMIL', '163']]],
  // a gerund after a verb that takes one is its complement, by the same subject: asserted when admitted, begun or
  // resumed; not when denied (the denial is 016) or only considered; a verbal noun before a name is the act, the name
  // its target
  ['Hamas admitted killing two Israeli soldiers.', [['PSEREBHMS', 'ISRMIL', '190']]],
  ['Iran began supplying drones to Russia.', [['IRN', 'RUS', '072']]],
  ['Iran denied supplying drones to Russia.', [['IRN', 'RUS', '016']]],
  ['Turkey considered attacking Kurdish fighters in Syria.', [['TUR', 'SYRREB', '014']]],
  // a policy option considered (014) is aimed at whom the act would be; the act is not asserted (NOT_CODED)
  ['Kenya is considering sending peacekeepers to Somalia.', [['KEN', 'SOM', '014']]],
  ['Kenya is considering sending troops to the border.', []],
  ['Russia resumed shelling Kharkiv on Monday.', [['RUS', 'UKR', '194']]],
  // the sentence's country for a role comes from places and actors, not from "UK-based"; a leader of another
  // country makes it ambiguous; an abbreviation in brackets belongs to the name before it; "a … Islamic state" is
  // no group
  ['A UK-based monitor said government forces shelled Idlib.', [['---GOVMIL', 'SYR', '194']]],
  // (the Congress is Trump's own by chamber-of-leader, not Ukraine's)
  ['Congress is pressuring Trump to help Ukraine.', [['USALEG', 'USAGOV', '113']]],
  ['Officials of the Serbian Towns Association (STA) demanded support from the Serbian Assembly.', [['SRBGOV', 'SRBLEG', '102']]],
  ['Boko Haram attacked Nigeria during its campaign for a strict Islamic state.', [['NGAREB', 'NGA', '190']]],
  // clashing with protesters: the protesters riot against the subject; advising alone is no military cooperation
  ['Government forces clashed with protesters in Tunis.', [['TUNCVL', 'TUNGOVMIL', '145']]],
  ['Protesters clashed with police in Tunis.', [['TUNCVL', 'TUNCOP', '145']]],
  ['American officers advised the Iraqi army.', [['USAMIL', 'IRQMIL', '062']]],
  ['The US State Department advised against travel to Tunisia.', []],
  // what is demanded (a demand verb's or noun's "that" clause, "must be ready to") is no act and no intention (the
  // demand takes its code: easing a sanction asked for is 1051); "not ready to" negates
  ['The ILO demanded that Israel ease restrictions on Palestinian workers.', [['IGOUNOLABILO', 'ISR', '1051']]],
  ['The ILO reiterated its demand that Israel ease restrictions on Palestinian workers.', [['IGOUNOLABILO', 'ISR', '1051']]],
  ['Egypt said that the United States must be ready to mediate between Israel and the Palestinians.', [['EGY', 'USA', '108']]],
  ['Iran is not ready to negotiate with the United States.', []],
  ['Iran is ready to negotiate with the United States.', [['IRN', 'USA', '036']]],
  // a participle right after the subject describes it; the finite verb after its phrase keeps the subject
  ['Russian troops backed by tanks stormed Kharkiv.', [['RUSMIL', 'UKR', '194']]],
  ['British aircraft using precision guided missiles killed four Iraqis.', [['GBRMIL', 'IRQ', '195']]],
  ['Protesters carrying banners marched on the parliament in Tbilisi.', [['GEOCVL', 'GEOLEG', '141']]],
  // a violent act whose doer is not named keeps its victims with no source; a storm is no such act
  ['A roadside bomb killed a U.S. soldier near Samarra.', [['', 'USAMIL', '1833']]],
  ['Ten Iraqi soldiers were killed in an ambush near Mosul.', [['', 'IRQMIL', '190']]],
  // ... also as the subject of a clause after "after" (its phrase of place included), the victims with no country of
  // their own being the one state's the sentence names (two states named: NOT_CODED)
  ['Ecuador imposed a curfew after a blast at an army checkpoint killed three soldiers.', [['', 'ECUMIL', '183'], ['ECU', 'ECU', '1723']]],
  ['Hurricane Melissa struck Jamaica as a category five storm.', []],
  ['An earthquake killed 300 Afghans.', []],
  // troops crossing into another country or its border is an incursion (192); refugees crossing are no event
  ['Russian soldiers crossed the border into Ukraine.', [['RUSMIL', 'UKR', '192']]],
  ['Thousands of refugees crossed into Poland from Ukraine.', []],
  // a state's bombing is from the air (195); militants' bombing stays 183
  ['Israel bombed Gaza on Monday.', [['ISR', 'PSE', '195']]],
  ['Russian warplanes bombed Aleppo.', [['RUSMIL', 'SYR', '195']]],
  ['Militants bombed a market in Kabul.', [['AFGINS', 'AFG', '183']]],
  // a bare wish with nothing codable in it is no appeal; a wish to do something codable is its intention
  ['Brazil and Chile are seeking to deepen their love of football.', []],
  ['Sarkozy headed to Beijing, seeking to mend ties with China.', [['FRAELI', 'CHN', '042']]],
  // a verb hyphenated to the word after it is part of a compound ("live-fire drills"), not a clause of its own
  ["China's military staged live-fire drills around Taiwan on Monday.", [['CHNMIL', 'TWN', '150']]],
  // a hyphenated compound between a multi-word verb's words counts as one word
  ['China staged large-scale live-fire drills around Taiwan.', [['CHN', 'TWN', '150']]],
  // evicting people is expelling them (174); evicting protesters is repression (175)
  ['Police in Lagos evicted hundreds of traders from a market.', [['NGACOP', 'NGABUS', '174']]],
  ['Kenyan police evicted protesters from a park in Nairobi.', [['KENCOP', 'KEN', '175']]],
  // a police raid, or a raid on homes, offices or a refugee camp, is a security operation (17x); a raid by soldiers
  // on anything else stays combat (190)
  ['Police raided the offices of a news website in Kathmandu.', [['NPLCOP', 'NPL', '173']]],
  ['Israeli forces raided a refugee camp in the occupied West Bank.', [['ISRMIL', 'PSEREF', '173']]],
  ['US special forces raided a compound in Syria.', [['USAMIL', 'SYR', '190']]],
  // closing a route is restricting movement (191), closing aid agencies expelling them (1663); closing a meeting is no event
  ['The Taliban closed the offices of two aid groups.', [['AFGGOVTAL', 'NGO---', '1663']]],
  ['Azerbaijan closed the corridor to Armenia.', [['AZE', 'ARM', '191']]],
  ['The French president closed the summit in Paris.', []],
  // breaking into computer accounts is a cyber attack; hackers "linked to" a state are that state's
  ["Hackers linked to China's security ministry broke into the email accounts of officials at the U.S. Treasury.", [['CHNCRM', 'USAGOV', '176']]],
  ['Burglars broke into a house in Paris.', []],
  // security forces boarding a ship seize it; a crew is people
  ['Finnish police boarded a tanker and detained its crew.', [['FINCOP', 'FINCVL', '173']]],
  ['The Indian navy boarded a hijacked vessel off Somalia.', [['INDMIL', 'SOM', '171']]],
  // a compound's joint exercise around or near a third party is also a show of force at it; not in a place, nor near a member
  ['Russia and China held joint drills around Japan.', [['CHN', 'JPN', '150'], ['CHN', 'RUS', '062'], ['RUS', 'CHN', '062'], ['RUS', 'JPN', '150']]],
  ['Russia and China held joint naval drills near Japan on Monday.', [['CHN', 'JPN', '150'], ['CHN', 'RUS', '062'], ['RUS', 'CHN', '062'], ['RUS', 'JPN', '150']]],
  ['Russia and China held joint drills in the Sea of Japan.', [['CHN', 'RUS', '062'], ['RUS', 'CHN', '062']]],
  ['France and Egypt held joint exercises near Egypt.', [['EGY', 'FRA', '062'], ['FRA', 'EGY', '062']]],
  // a show of force aimed at no one is aimed at the doer of the deed an "after"/"following" clause names
  ['Japan scrambled jets after Russian bombers flew near its airspace.', [['JPN', 'RUSMIL', '152']]],
  ['Taiwan scrambled fighter jets after Chinese warplanes entered its air defence zone.', [['TWN', 'CHNMIL', '152']]],
  ['Japan scrambled jets after a Russian plane approached Hokkaido.', [['JPN', 'RUS', '152']]],
  ['Japan scrambled jets after Japanese pilots spotted a balloon.', [['JPN', '', '152']]],
  ['Japan scrambled jets after its radar failed.', [['JPN', '', '152']]],
  // an organisation that speaks names its own people with "its"; its people it acts on itself stay a role
  ['UNIFIL said Israeli troops fired on its peacekeepers.', [['ISRMIL', 'IGOUNOPKO', '193']]],
  ['The African Union said Sudanese troops fired on its peacekeepers.', [['SDNMIL', 'IGOAFRAFU', '193']]],
  ['The UN said it rejected a call for its peacekeepers to leave Haiti.', [['IGOUNO', '---PKO', '120']]],
  ['The Iranian coast guard stopped a British tanker.', [['IRNMIL', 'GBR', '171']]],
  ['Iran stopped a Greek tanker in the Gulf.', [['IRN', 'GRC', '171']]],
  ['Russia detained a Ukrainian cargo ship.', [['RUS', 'UKR', '1711']]],
  ['The French minister stopped in Cairo.', [['FRAGOV', 'EGY', '042']]],
  ['The minister boarded a plane to Kenya.', []],
  // ordering diplomats to leave expels them (161); others 174
  ["Niger's junta ordered the French ambassador to leave the country.", [['NERGOV', 'FRAGOV', '161']]],
  ['Israel ordered residents of Gaza City to leave their homes.', [['ISR', 'PSECVL', '174']]],
  // people forced to leave are expelled (174), forces forced to leave are fought (190); their leaving is not their own
  // retreat, and forcing one's way in expels no one (NOT_CODED)
  ['Kenyan police forced Ugandan traders to leave Nairobi.', [['KENCOP', 'UGABUS', '174']]],
  ['Uganda forced Kenyan troops to leave the border town.', [['UGA', 'KENMIL', '190']]],
  // withdrawing from an international body reduces relations; from a town it is a retreat
  ["Hungary's parliament voted to withdraw from the International Criminal Court.", [['HUNLEG', 'IGOJUDICC', '161']]],
  // suspending sanctions eases them; suspending talks about sanctions halts talks
  ['The European Union suspended sanctions on Syria.', [['IGOEUREEC', 'SYR', '085']]],
  ['The European Union suspended talks on sanctions with Iran.', [['IGOEUREEC', 'IRN', '164']]],
  // the country across a border says where, it is no participant
  ['Russian troops fired at Ukrainian positions near the border with Belarus.', [['RUSMIL', 'UKR', '193']]],
  // "after four days of fighting" is background, not a new fight; "and" between adjectives joins no clauses; a
  // restrictive relative after a possessive's noun ("their disputed border that killed") is not the agreement's complement
  ['India and Pakistan agreed to a full and immediate ceasefire after four days of fighting.', [['IND', 'PAK', '0871'], ['PAK', 'IND', '0871']]],
  ['Thailand and Cambodia agreed to a ceasefire after days of fighting along their disputed border that killed dozens of people.', [['KHM', 'THA', '0871'], ['THA', 'KHM', '0871']]],
  // ... while a relative after a prepositional phrase still has the head noun as subject
  // (the strike is not placed by Gaza, where it struck: see the means of attack below)
  ['The UN chief condemned the air strike on a school in Gaza that killed dozens of displaced people.', [['---MIL', '---REF', '195'], ['IGOUNO', 'PSEEDU', '111']]],
  ['Russian missiles and drones struck Kyiv overnight.', [['RUSMIL', 'UKR', '1952']]],
  // a word of kind or bundle before "of" does not hide the pattern's noun ("a range of sanctions")
  ['The European Union suspended a range of sanctions on Syria.', [['IGOEUREEC', 'SYR', '085']]],
  ['Japan lifted a package of tariffs on Chinese goods.', [['JPN', 'CHN', '085']]],
  // taking power is a coup (1724, like seizing it); "took in refugees" still shelters them
  ['The army took power in Niger.', [['NERMIL', 'NER', '1724']]],
  ['Turkey took in thousands of refugees.', [['TUR', '---REF', '075']]],
  // a statement to reporters is no event, wherever they are
  ['The Qatari envoy told reporters in Doha.', []],
  // a participle of purpose after a comma is a motive, not a stated intention; a finite "seeks to" is one
  ['The European Union suspended sanctions on Syria, seeking to support its recovery.', [['IGOEUREEC', 'SYR', '085']]],
  ['The European Union seeks to support the recovery of Syria.', [['IGOEUREEC', 'SYR', '032']]],
  // a weapon "launched by X" is X's; an -ed verb after a number that ends an actor's name is the verb
  ['Ukrainian forces shot down 45 of 60 drones launched by Russia overnight.', [['UKRMIL', 'RUSMIL', '190']]],
  ['Leaders of the Group of Seven condemned North Korea.', [['IGOGOS', 'PRK', '111']]],
  ['Militias allied with Iran attacked American troops in Syria.', [['---UAF', 'USAMIL', '190']]],
  // forces "led" by a state are that state's; "backed" ones are not
  ['US-led forces attacked Islamic State fighters in Syria.', [['USAMIL', 'IMGMUSISI', '190']]],
  ['Saudi-led coalition warplanes bombed Houthi positions in Sanaa.', [['SAUMIL', 'YEMREB', '195']]],
  // protesters attacking or storming is rioting (145); security forces attacking protesters is repression (175)
  ['Opposition supporters attacked police officers in Maputo.', [['MOZOPP', 'MOZCOP', '145']]],
  ['Kenyan police attacked protesters in Nairobi.', [['KENCOP', 'KENCVL', '175']]],
  // regaining control of a place from X takes it from X
  ['The Sudanese army regained control of the airport from the Rapid Support Forces.', [['SDNMIL', 'SDNREB', '192']]],
  // "is set to V", "is poised to V": an intention of the subject; "is expected to V" is others' expectation
  ['Blinken is set to visit China next week.', [['USAELI', 'CHN', '036']]],
  ['Iran is poised to attack Israel.', [['IRN', 'ISR', '138']]],
  ['Israel is expected to strike Iranian oil facilities.', []],
  // a bare "Congress" acting on the head of a state whose legislature is called so is that state's; India's
  // "Congress" is a party, left unplaced
  ['Congress censured Sheinbaum over the judicial reform.', [['MEXLEG', 'MEXGOV', '111']]],
  ['Congress asked President Marcos to cut ties with China.', [['PHLLEG', 'PHLGOV', '020']]],
  ['Congress criticized Modi over the budget.', [['---LEG', 'INDGOV', '111']]],
  // evidence one holds or lays out against another accuses them; no evidence accuses no one
  ['Kenya says it has clear evidence showing Uganda was behind the border attacks.', [['KEN', 'UGA', '1123']]],
  ['Tanzania presented evidence against Burundi at the summit.', [['TZA', 'BDI', '112']]],
  ['Kenya said there was no evidence Uganda was behind the attack.', []],
  ['Kenya said it had no evidence that Uganda was behind the bombing.', []],
  // assurances or guarantees received are the giver's expressed intent (030), no visit hosted; a delegation is one
  ['Kenya received firm guarantees from Uganda on the border.', [['UGA', 'KEN', '030']]],
  ['Kenya received a delegation from Uganda.', [['KEN', 'UGAGOV', '043'], ['UGAGOV', 'KEN', '042']]],
  // an -ing form after a comma closing a clause, before a word of amount ("further", "more"), is a participle
  ['The Kenyan president visited Mogadishu on Monday, offering further support to Somalia.', [['KENGOV', 'SOM', '032'], ['KENGOV', 'SOM', '042']]],
  ['The talks in Nairobi ended on Monday, offering more questions than answers.', []],
  // seeking to deepen a partnership is an intention of closer ties; "was still determined to V" is an intention with
  // an adverb inside; a partnership that deepened on its own is no one's act
  ['Kenya and Uganda are seeking to deepen their partnership in trade.', [['KEN', 'UGA', '032'], ['UGA', 'KEN', '032']]],
  ['Kenya was still determined to improve relations with Uganda.', [['KEN', 'UGA', '032']]],
  ['The partnership between the two Kenyan banks deepened last year.', []],
  // an accident kills, no one attacks: the actor naming the aircraft or airline is no doer; militants are
  ['Twelve Kenyan soldiers were killed by a helicopter crash in Somalia.', []],
  ['An Ethiopian Airlines crash killed thirty passengers near Addis Ababa.', []],
  ['Ten Kenyan soldiers were killed by Somali militants in Lamu.', [['SOMINS', 'KENMIL', '190']]],
  // "is scheduled to V", "is slated to V": a timetable, still to come (a meeting on it is an intention to meet)
  ['The Kenyan president is scheduled to meet Ugandan officials in Kampala on Monday.', [['KENGOV', 'UGAGOV', '036']]],
  ['The Kenyan president scheduled talks with Ugandan officials on Monday.', []],
  // "offensive" ending its noun phrase is the military push, so "military" before it names no actor
  ['Pakistan threatened to launch a new military offensive against India.', [['PAK', 'IND', '138']]],
  // handing over food or medicine is humanitarian aid (073), weights and loads read through ("700 kg of")
  ['Kenyan nurses handed over 450 kg of medical supplies to the Red Cross.', [['KENHLH', 'NGOHLHIRC', '073']]],
  ['Japan delivered 40 truckloads of food to North Korea.', [['JPN', 'PRK', '073']]],
  ['Eritrea threatened a new military offensive against Ethiopia.', [['ERI', 'ETH', '130']]],
  // police or security forces firing on or at protesters is repression (175), as their attacking them is; gunmen
  // firing on a crowd, or soldiers on rebels, stay armed force
  ['Sudanese police opened fire on protesters in Khartoum.', [['SDNCOP', 'SDNCVL', '175']]],
  ['Security forces fired on demonstrators in Tehran.', [['IRNMIL', 'IRNCVL', '175']]],
  ['Gunmen fired on protesters in Baghdad.', [['IRQREB', 'IRQCVL', '193']]],
  ['Iraqi soldiers opened fire on the rebels.', [['IRQMIL', 'IRQREB', '190']]],
  // ... and so is opening fire to disperse a crowd; firing to repel attackers stays armed force
  ['Riot police opened fire to disperse students in Dhaka.', [['BGDCOP', 'BGDEDU', '175']]],
  // "shot" after a collective noun with no plural ending is the verb
  ['Ugandan police shot three demonstrators in Kampala.', [['UGACOP', 'UGACVL', '175']]],
  ['A police shot was heard near the parliament in Kampala.', []],
  ['Malian soldiers opened fire to repel the attackers.', [['MLIMIL', 'MLIREB', '190']]],
  // killing soldiers, or killing in an ambush, is an armed attack (190), by whoever; killing protesters stays 175
  ['Jihadists linked to al-Qaeda killed dozens of soldiers in Burkina Faso.', [['IMGMUSALQ', 'BFAMIL', '190']]],
  ['Colombian rebels killed four soldiers in an ambush.', [['COLREB', 'COLMIL', '190']]],
  ['Two days after the vote, thousands of people took to the streets of Tbilisi.', [['GEOCVL', 'GEO', '140']]],
  // launching an operation against X, or a military operation, is an attack; a rescue operation is not
  ['Iraqi security forces, backed by American troops, launched an operation against Islamic State militants.', [['IRQMIL', 'IMGMUSISI', '190']]],
  ['Turkey launched a military operation in northern Syria.', [['TUR', 'SYR', '190']]],
  ['Police launched a rescue operation in the mountains.', []],
  // blocking a statement, decision, package or bid in a body rejects it (120), a resolution is vetoed (129); a road
  // blocked by protesters is still a blockade of passage
  ['Hungary blocked a European Union statement criticising Israel.', [['HUN', 'IGOEUREEC', '120']]],
  ['Russia blocked a UN Security Council resolution on Sudan.', [['RUS', 'IGOUNO', '129']]],
  ['Protesters blocked the road to the airport.', [['---CVL', '', '144']]],
  // provinces and states named in conflict and security news code to their country
  ['Authorities in Manipur imposed a curfew.', [['INDGOV', 'IND', '1723']]],
  ['Gunmen killed 20 villagers in Zamfara state.', [['NGAREB', 'NGACVL', '193']]],
  ['The Arakan Army captured a town in Rakhine.', [['MMRREB', 'MMR', '192']]],
  // a passive's instrument with a reduced relative names the doer behind it, hedged ("believed to have been V-ed")
  // or not; the hedge is on who did it, the act is reported as it happened
  ['The Kenyan convoy was hit by a rocket believed to have been fired by Somali militants.', [['SOMINS', 'KEN', '194']]],
  ['The Kenyan convoy was hit by a rocket fired by Somali militants.', [['SOMINS', 'KEN', '194']]],
  ['The Kenyan convoy was attacked by a drone launched by Somali militants.', [['SOMINS', 'KEN', '1952']]],
  ['The Kenyan convoy was attacked by a drone thought to be launched by Somali militants.', [['SOMINS', 'KEN', '1952']]],
  // ... also when the weapon is the subject of an active verb
  ['A rocket fired by Somali militants hit the Kenyan convoy.', [['SOMINS', 'KEN', '194']]],
  ['A missile believed to have been fired by Somali rebels struck the Kenyan airliner.', [['SOMREB', 'KEN', '195']]],
  ['A report written by Somali officials criticised Kenya.', []],
  // ... but a person named in a relative about the doers is not the doer ("led by"), and a hedged relative's own
  // event is a belief, not asserted, while the verb after it keeps the noun as its subject
  ['The Kenyan convoy was attacked by Somali soldiers led by an Eritrean general.', [['SOMMIL', 'KEN', '190']]],
  ['Somali militants believed to be backed by Eritrea attacked the Kenyan convoy.', [['SOMINS', 'KEN', '190']]],
  // a bare participle written like its verb after "be" is passive: "was hit by X"; active "hit" is not
  ['The Kenyan embassy was hit by Somali militants.', [['SOMINS', 'KENGOV', '190']]],
  ['Kenyan troops hit Somali militants.', [['KENMIL', 'SOMINS', '190']]],
  // a compass word written with a capital ("Eastern X") belongs to the place's phrase: the place is no object, and a
  // role in it takes its country
  ['Kenyan troops struck militants in Southern Somalia.', [['KENMIL', 'SOMINS', '190']]],
  ['Kenyan troops struck militants in Somalia.', [['KENMIL', 'SOMINS', '190']]],
  ['Kenyan troops attacked rebels in Northern Somalia.', [['KENMIL', 'SOMREB', '190']]],
  // a particle right after the verb is the verb's: the noun phrase after it is the object, a place phrase after that
  // is no target
  ['Somali rebels shot down a Kenyan helicopter over Mogadishu.', [['SOMREB', 'KENMIL', '190']]],
  ['Kenya pulled out of the talks with Somalia.', [['KEN', 'SOM', '164']]],
  // a hyphenated modifier read as one proper noun stays inside the BY phrase
  ['The Kenyan convoy was blown up near the border by pro-Somali rebels.', [['---REB', 'KEN', '183']]],
  // a list of verbs closed by "and" shares its subject, also in its middle members (whose "subject" found to the left
  // is the object of the verb before)
  ['Kenyan troops stormed the town, arrested Somali militants and burned homes.', [['KENMIL', 'SOMINS', '173']]],
  ['Kenyan police raided the camp, seized weapons, arrested Somali militants and burned the huts.', [['KENCOP', 'SOMINS', '173']]],
  ['Kenyan troops entered the town, searched homes and attacked Somali militants.', [['KENMIL', 'SOMINS', '190']]],
  // ... but a participle after a comma with its own BY phrase describes the noun before it
  ['Kenyan troops stormed the town, seized last week by Somali militants, and burned homes.', []],
  // "faces pressure to V", "is under pressure (from X) to V": what others press for has not happened
  ['Germany faces pressure to help Ukraine.', []],
  ['Germany has been under pressure to send tanks to Ukraine.', []],
  ['Germany faces growing pressure from its allies to help Ukraine.', []],
  ['Germany received aid from France to help Ukraine.', [['FRA', 'DEU', '070']]],
  ['Germany sent tanks to Ukraine under pressure from its allies.', [['DEU', 'UKR', '072']]],
  // an object pronoun right after its verb is not that verb's subject: "praised it" is not France praising itself
  ['France met Russia and praised it.', [['FRA', 'RUS', '040'], ['FRA', 'RUS', '051']]],
  ['France said Russia attacked it.', [['RUS', 'FRA', '190']]],
  // ... while a pronoun before a verb is a complement's subject, the speaker
  ['Kenya said it would attack Somalia.', [['KEN', 'SOM', '138']]],
  // closing a route or a border (191) is complete with a doer that has a country; a border closed right after acting
  // on another state is the border with it, and a finite verb after "and" joins the last finite verb, not a gerund
  ['Turkey sealed its border on Monday.', [['TUR', '', '191']]],
  // a border closed ("shut" as "closed") is closed against the country across it, not against those it bars; a
  // closure with no border across keeps whom it bars
  ['Latvia shut its border with Russia to cargo trucks.', [['LVA', 'RUS', '191']]],
  ['Jordan closed its frontier with Syria to refugees on Sunday.', [['JOR', 'SYR', '191']]],
  ['Morocco closed its airspace to Algerian military aircraft.', [['MAR', 'DZAMIL', '191']]],
  ['Armenia closed the mountain road to all traffic.', [['ARM', '', '191']]],
  ['Poland accused Belarus of pushing migrants across the frontier and sealed the border for a week.', [['POL', 'BLR', '112'], ['POL', 'BLR', '191']]],
  // ... also past two -ing forms joined by "and", when ", and" brings it
  ['Kenya accused Uganda of arresting its fishermen and seizing their boats, and demanded that Kampala return them.', [['KEN', 'UGA', '1053'], ['KEN', 'UGA', '112']]],
  ['Kenya accused Ugandan police of beating fishermen and seizing their catch, and called for an investigation.', [['KEN', '', '020'], ['KEN', 'UGACOP', '112']]],
  // a state's forces blocking a route restrict movement (191); civilians blocking it protest (144)
  ['Kenyan police blocked the road to the capital.', [['KENCOP', '', '191']]],
  ['Kenyan protesters blocked the road to the capital.', [['KENCVL', '', '144']]],
  // ... not with a doer of no country, nor a closing that did not happen, nor closing a meeting
  ['Police surrounded the building.', []],
  ['Armenia did not close the road.', []],
  ['Armenia closed the meeting.', []],
  // one state's authorities detaining its own soldiers arrest them (173); detaining another side's soldiers, or
  // kidnapping them, is capture (181); coercion of a distinct body of the identical code is an event too
  ["Myanmar's junta arrested dozens of army officers.", [['MMRGOV', 'MMRMIL', '173']]],
  ['Nigerian police arrested Nigerian soldiers.', [['NGACOP', 'NGAMIL', '173']]],
  ['Ukrainian troops captured Russian soldiers.', [['UKRMIL', 'RUSMIL', '181']]],
  ['Colombian rebels kidnapped Colombian soldiers.', [['COLREB', 'COLMIL', '181']]],
  ["Myanmar's military arrested army officers.", [['MMRMIL', 'MMRMIL', '173']]],
  // "allegedly V": a claim, not an asserted happening
  ['Eritrean troops allegedly killed hundreds of civilians in Tigray.', []],
  ["Sudan's army allegedly used chemical weapons against the Rapid Support Forces.", []],
  // removing a government by force is a coup, coded as seizing power is (1724); after a plural noun an irregular
  // past form before an article is the verb ("the rebels overthrew the")
  ['Soldiers in Gabon overthrew the president.', [['GABMIL', 'GABGOV', '1724']]],
  ['The rebels toppled the government of Syria.', [['SYRREB', 'SYRGOV', '1724']]],
  ['The Gabonese army ousted the president.', [['GABMIL', 'GABGOV', '1724']]],
  // attending a meeting abroad is a visit to its host; attending talks is negotiating; a funeral is a symbolic act
  ['The French president attended a conference in Germany.', [['FRAGOV', 'DEU', '042']]],
  ['The Iranian foreign minister attended talks with the Omani foreign minister.', [['IRNGOV', 'OMNGOV', '046']]],
  ['Modi attended the funeral of the Japanese prime minister in Tokyo.', [['INDGOV', 'JPNGOV', '017']]],
  ['Students attended classes in Kyiv.', []],
  // fighting off an attacker is force against it, the actor after the particle or in the BY phrase of the attack
  ['Israeli troops fought off Hezbollah fighters in southern Lebanon.', [['ISRMIL', 'LBNREBHEZ', '190']]],
  ['Ukrainian forces repelled an attack by Russian troops near Pokrovsk.', [['RUSMIL', 'UKRMIL', '190'], ['UKRMIL', 'RUSMIL', '190']]],
  // defeat is combat when soldiers or fighters do it, not at the polls
  ['The Malian army defeated Islamist militants in the north.', [['MLIMIL', 'MLIINS', '190']]],
  ['Trump defeated Harris in the election.', []],
  ['The minister fended off accusations from Germany.', []],
  ['Police re-arrested the opposition leader.', [['---COP', '---OPP', '173']]],
  // the subject's own people stay the target unless a phrase right after them, or one of where they went, names
  // another country; a partner deep in another phrase does not
  ["Peru's top court suspended President Dina Boluarte pending an inquiry into a phone call with Chile's president.", [['PERJUD', 'PERGOV', '160']]],
  ['The IAEA sent inspectors to a uranium plant in central Iran.', [['IGOUNOIAE', 'IRN', '090']]],
  // "dozens of X" right after the verb is its object; the destination of a violent act is not its target
  ['Gunmen seized scores of hostages in Mali and took them to Niger.', [['---REB', 'MLICVL', '181']]],
  ['Russia sent thousands of troops to Belarus.', [['RUS', 'BLR', '154']]],
  // armed groups crossing into a country make an incursion too
  ['Islamist militants crossed into Benin from Burkina Faso.', [['---INS', 'BEN', '192']]],
  // revoking what was granted restricts (a permission 172, an agreement 161); revoking sanctions eases them
  ['Russia revoked the accreditation of two German journalists.', [['RUS', 'DEUMED', '172']]],
  ['The United States revoked sanctions on Venezuela.', [['USA', 'VEN', '085']]],
  // an adjunct after a comma that closes an infinitive belongs to the infinitive's governor
  ['France asked Italy to take in the migrants, accusing Rome of blocking rescue ships.', [['FRA', 'ITA', '023'], ['FRA', 'ITA', '112']]],
  // ... and so is one after what the asker calls on a group to do, which is not theirs (nor demanded): the asker
  // accuses, also when the asker's subject stands before a relative clause set off by commas
  ["Kenya's opposition leader called on his supporters to block roads, accusing the government of rigging the vote.", [['KENOPP', 'KENCVL', '020'], ['KENOPP', 'KENGOV', '112']]],
  ['Raila Odinga, who lost the election, called on his supporters to block roads, accusing the government of rigging the vote.', [['KENOPP', 'KENCVL', '020'], ['KENOPP', 'KENGOV', '112']]],
  // (a verb joined by "and" to what is asked is asked too)
  ["Kenya's opposition leader called on his supporters to block roads and accuse the government of fraud.", [['KENOPP', 'KENCVL', '020']]],
  // a cooperative adjunct that names no one is aimed where its governing act was (not a hostile one's victims)
  ['The German chancellor visited Kyiv on Monday, pledging more humanitarian aid.', [['DEUGOV', 'UKR', '0333'], ['DEUGOV', 'UKR', '042']]],
  ["Mali's junta expelled the French ambassador, giving him 72 hours to leave the country.", [['MLIGOV', 'FRAGOV', '161']]],
  ['Israel struck Gaza overnight, vowing to continue the offensive.', [['ISR', 'PSE', '190']]],
  // a noun joined by "and" to a phrase's noun is in that phrase, and a compound subject's topic is not its partner
  ['Serbia and Kosovo agreed on a truce and refugee return deal.', [['KSV', 'SRB', '030'], ['SRB', 'KSV', '030']]],
  ['France and Germany called on Iran to resume talks.', [['DEU', 'IRN', '026'], ['FRA', 'IRN', '026']]],
  // opening a crossing eases a blockade; "the Rafah crossing" (an -ing form after "the" and a name) is a noun
  ['Egypt opened the Rafah crossing to Palestinians.', [['EGY', 'PSE', '0872']]],
  ['The Kremlin meeting on Friday was brief.', []],
  ['Jordan opened an investigation into the Syrian smugglers.', [['JOR', 'SYRCRM', '090']]],
  // a speech verb after a participle or relative clause set off by commas is its subject's, not an attribution
  ['The Pentagon, citing intelligence, accused Iran of arming the militias.', [['USAMIL', 'IRN', '112']]],
  ['Russia, which invaded Ukraine in 2022, accused Kyiv of shelling the plant.', [['RUS', 'UKR', '1123'], ['RUS', 'UKR', '190']]],
  // a weapon named by WITH is what the act was done with; people named by WITH are the other side
  ['Ukraine attacked an oil refinery in southern Russia with drones.', [['UKR', 'RUS', '1952']]],
  ['Kenyan troops clashed with Somali soldiers near the border.', [['KENMIL', 'SOMMIL', '193']]],
  // what someone is kept from doing does not happen
  ['The Taliban banned women from studying at universities in Afghanistan.', [['AFGGOVTAL', 'AFGCVL', '172']]],
  // the place of a killing places its victims rather than becoming the target
  ["Pakistan's army killed 12 militants in a raid in North Waziristan.", [['PAKMIL', 'PAKINS', '190']]],
  // "his Syrian counterpart" is the other government's holder of the office
  ['The Turkish foreign minister met his Syrian counterpart in Ankara.', [['TURGOV', 'SYRGOV', '040']]],
  // denying one's own country's deed is aimed at whom the deed concerned, not at oneself
  ['The Kremlin denied that Russian jets had violated Estonian airspace.', [['RUSGOV', 'EST', '016']]],
  ['Moscow denied that its forces had shelled the town.', [['RUS', '', '016']]],
  // (a deed confirmed, with no verb of denying a claim, is asserted)
  ['Kenya confirmed that its troops had shelled Somali villages.', [['KENMIL', 'SOM', '194']]],
  // a psych verb's passive subject feels it: pessimism about what the phrase names (wink's adjective read as the verb)
  ["Germany is concerned about Russia's troop build-up.", [['DEU', 'RUSMIL', '012']]],
  ["Japan was deeply worried by North Korea's missile launches.", [['JPN', 'PRK', '012']]],
  ["The dispute concerns Iran's nuclear programme.", []],
  ['Talks concerning Ukraine resumed in Geneva.', []],
  // a verb's patterns read its own clause: "for war crimes" in the same clause is the condemnation's ...
  ['Germany condemned Serbia for war crimes.', [['DEU', 'SRB', '1124']]],
  // an act that is its own intention (MEET's 036) said with "would" is that intention, asserted, even under "if"
  ['Kenyan rebels said they would meet the UN mediator if he gave them a veto.', [['KENREB', 'IGOUNO', '036']]],
  ['Kenyan rebels said they would not meet the UN mediator.', [['KENREB', 'IGOUNO', '125']]],
  // ratifying an agreement is signing it formally (057); endorsing one is support (051)
  ['Kenya ratified the treaty with Uganda.', [['KEN', 'UGA', '057']]],
  ['Kenya endorsed the treaty with Uganda.', [['KEN', 'UGA', '051']]],
  ['Kenya did not ratify the treaty with Uganda.', []],
  // a hostile act's target is named by "against" before any other phrase; a withdrawal's by "from"
  ['Japan announced sanctions on exports to Iran against Russian banks.', [['JPN', 'RUSBUS', '163']]],
  ['Japan lodged a complaint with the United Nations against China.', [['JPN', 'CHN', '114']]],
  ['Kenyan troops withdrew from Somalia to Ethiopia.', [['KENMIL', 'SOM', '0874']]],
  // ... a cooperative act keeps its partner, and a delivery its destination
  ['Japan agreed with India against Chinese claims.', [['JPN', 'IND', '019']]],
  ['Japan delivered aid from India to Kenya.', [['JPN', 'KEN', '070']]],
  // a past meeting ("met", "have met") is a consultation (040); MEET's 036 is for one still ahead; a body meeting
  // alone is no event between actors
  ['Kenya and Uganda met on Tuesday.', [['KEN', 'UGA', '040'], ['UGA', 'KEN', '040']]],
  ['Kenya and Uganda have met twice this year.', [['KEN', 'UGA', '040'], ['UGA', 'KEN', '040']]],
  ['Kenya and Uganda will meet on Tuesday.', [['KEN', 'UGA', '036'], ['UGA', 'KEN', '036']]],
  ['The Kenyan cabinet met on Sunday.', []],
  // an infinitive after a noun that is neither pressure nor an attempt keeps its governor's modality
  ['Kenya used its influence to free the Ugandan hostages.', [['KEN', 'UGACVL', '0841']]],
  // "opponents"/"critics" of X are a role of their own (OPP), not X
  ['Opponents of the deal in Kenya protested.', [['KENOPP', '', '141']]],
  // an opposition a state's forces act on is that state's, unless a phrase names another country
  ['The Kenyan police arrested dissidents, a US official said.', [['KENCOP', 'KENOPP', '173']]],
  ['Kenyan police arrested dissidents from Uganda.', [['KENCOP', 'UGAOPP', '173']]],
  // ", closing the border and arresting X": an -ing form after "and" with an object, coordinated with one opened by a
  // comma, is a verb (tagged a noun before); one with no object stays a noun
  ['The Kenyan army seized the airport on Monday, closing the border and arresting political opponents.', [['KENMIL', 'KENOPP', '173']]],
  ['Kenyan troops attacked Somali militants, and shelling continued.', [['KENMIL', 'SOMINS', '190']]],
  // another's future that one hopes for is no intention of that other's, and the hope's patterns do not read the
  // hoped-for act ("hopes Uganda will release" is no welcomed release, 051)
  ['Kenya hopes Uganda will release the hostages.', [['KEN', 'UGA', '013']]],
  // ... while one's own hoped-for act is an intention, and a reported future of another stays one
  ['Kenya hopes it will sign the deal with Uganda.', [['KEN', 'UGA', '032']]],
  ['Kenya said Uganda will release the hostages.', [['UGA', '---CVL', '0353']]],
  // a past act in a clause of "before" happened
  ['The statement came a day before the Kenyan president visited Uganda.', [['KENGOV', 'UGA', '042']]],
  // hoping for a hostile act on someone is no optimistic comment about them; hoping for a friendly one is
  ['Kenya said it hoped Ugandan officials would be indicted.', []],
  ['Kenya hopes Uganda will be invited to the summit.', [['KEN', 'UGA', '013']]],
  // an attribution set off by commas between the subject and its verb: the verb keeps the subject before it
  ['Israeli warplanes, the military said on Saturday, had struck Hezbollah positions in Lebanon.', [['ISRMIL', 'LBNREBHEZ', '195']]],
  ['Israeli warplanes, the military said, had not struck Lebanon.', []],
  ['Iran, the minister said, would close the strait to American ships.', []],
  // destroying another country's weapons is force; one's own (or one's rebels') is disarmament
  ['Russian air defences destroyed 30 Ukrainian drones overnight.', [['RUSMIL', 'UKRMIL', '190']]],
  ['The Colombian army destroyed rebel weapons.', [['COLMIL', 'COLREB', '0873']]],
  // a participle opening the sentence has the subject of the clause after it
  ['After meeting Xi Jinping in Beijing, the French president flew to Tokyo.', [['FRAGOV', 'CHNGOV', '040'], ['FRAGOV', 'JPN', '042']]],
  ['Visiting Kyiv on Monday, the German chancellor promised more weapons to Ukraine.', [['DEUGOV', 'UKR', '0332'], ['DEUGOV', 'UKR', '042']]],
  // ... but not after "before": what follows the main clause's time is not established by it
  ['Before leaving for Beijing, the US president gave a speech in Tokyo.', [['USAGOV', 'JPN', '010']]],
  // a meeting that took place is a consultation (040); "to meet" is the intention (036)
  ['Macron met Putin in Paris on Monday.', [['FRAGOV', 'RUSGOV', '040']]],
  ['Macron plans to meet Putin next week.', [['FRAGOV', 'RUSGOV', '036']]],
  // a headline's "X to V" is a schedule
  ['Trump and Putin met in Alaska on Friday.', [['RUSGOV', 'USAGOV', '040'], ['USAGOV', 'RUSGOV', '040']]],
  ['Trump and Putin to meet in Alaska on Friday', [['RUSGOV', 'USAGOV', '036'], ['USAGOV', 'RUSGOV', '036']]],
  // a reaction in an appositive about the deed ("…, a move that X denounced") is aimed at the deed's doer
  ['Russia annexed four regions of Ukraine, a move that Kyiv denounced as illegal.', [['RUS', 'UKR', '192'], ['UKR', 'RUS', '111']]],
  ['Russia invaded Ukraine, a country that Hungary rarely criticises.', [['RUS', 'UKR', '190']]],
  // what is claimed, or what there is no sign of, is not asserted
  ['China dismissed claims that Chinese nationals were fighting for Russia.', [['CHN', 'RUS', '016']]],
  ['NATO said there was no sign Russia had attacked Poland.', []],
  ['NATO said Russia had attacked Poland.', [['RUS', 'POL', '190']]],
  // an adjunct of speaking after an attribution is the speaker's; another adjunct belongs to the reported clause
  ['Russian forces shelled Kharkiv on Sunday, President Zelensky said, blaming Moscow.', [['RUSMIL', 'UKR', '194'], ['UKRGOV', 'RUS', '112']]],
  ['Russian forces shelled Kharkiv, the ministry said, expanding their campaign.', [['RUSMIL', 'UKR', '194']]],
  // what an obligation or a purpose binds someone to do has not happened
  ['The agreement commits Rwanda to lift its defensive measures in Congo.', []],
  ['Armenia and Azerbaijan signed an agreement at a ceremony meant to end decades of conflict.', [['ARM', 'AZE', '057'], ['AZE', 'ARM', '057']]],
  ['Israel withdrew its troops from Gaza.', [['ISR', 'PSE', '0874']]],
  // fighting or clashes between the members of a compound, heading the sentence, are between them each way (a
  // capitalised first noun too) ...
  ["Fighting between Sudan's army and the Rapid Support Forces flared in Khartoum.", [['SDNMIL', 'SDNREB', '193'], ['SDNREB', 'SDNMIL', '193']]],
  ["Clashes between Sudan's army and the Rapid Support Forces erupted in Khartoum.", [['SDNMIL', 'SDNREB', '193'], ['SDNREB', 'SDNMIL', '193']]],
  // ... but not as the object of a mediator, nor when still to come
  // a third party's hosted talks or meeting "between A and B" is also A's and B's negotiation (046) or meeting (044),
  // each way; guests hosted by name, and talks "with" the host, are no meeting between them
  ['Norway hosted talks between Colombia and the ELN in Oslo.', [['COL', 'COLREB', '046'], ['COLREB', 'COL', '046'], ['NOR', 'COL', '043'], ['NOR', 'COLREB', '043']]],
  ['Kenya hosted a meeting between Sudan and South Sudan.', [['KEN', 'SDN', '043'], ['KEN', 'SSD', '043'], ['SDN', 'SSD', '044'], ['SSD', 'SDN', '044']]],
  ['Kenya hosted Sudan and South Sudan in Nairobi.', [['KEN', 'SDN', '043'], ['KEN', 'SSD', '043']]],
  ['Qatar mediated talks between Hamas and Israel in Doha last week.', [['QAT', 'ISR', '045'], ['QAT', 'PSEREBHMS', '045']]],
  ['Talks between Armenia and Azerbaijan will resume in Geneva.', []],
  // a visit in a phrase of time is made by its clause's subject, with the clause's modality
  ['Germany plans to station a brigade in Lithuania, the defence minister said on Monday during a visit to Vilnius.', [['DEU', 'LTU', '0334'], ['DEUGOV', 'LTU', '042']]],
  ['The German chancellor will praise Poland during a visit to Warsaw.', [['DEUGOV', 'POL', '032']]],
  // a participle after a comma is done by the clause's doer, not by the object an infinitive made its subject, nor by
  // a verb the tagger made of a noun ("televised address"); also after an attribution
  ['Russia ordered Estonian diplomats to leave the country, retaliating for the expulsion of Russian diplomats by Estonia.', [['EST', 'RUSGOV', '166'], ['RUS', 'ESTGOV', '161']]],
  ['The South Korean president declared martial law in a televised address on Tuesday, accusing North Korea of sabotage.', [['KORGOV', 'KOR', '1724'], ['KORGOV', 'PRK', '1125']]],
  ['Russia ordered Estonian diplomats to leave, the ministry said, accusing Estonia of provocations.', [['RUS', 'ESTGOV', '161'], ['RUSGOV', 'EST', '1123']]],
  // a base form after a possessive determiner is a noun ("his address"): "declared" keeps its own event
  ['The South Korean president declared martial law in his address on Tuesday, accusing North Korea of sabotage.', [['KORGOV', 'KOR', '1724'], ['KORGOV', 'PRK', '1125']]],
  // an actor in an event noun's phrase inside "for"/"over" takes part in the cause, not in the violent act
  ['Israel retaliated for the killing of Israeli soldiers with strikes on Gaza.', [['ISR', 'PSE', '190']]],
  ['Hezbollah fired rockets at Israel over the killing of its commander.', [['LBNREBHEZ', 'ISR', '194']]],
  // restoring sanctions reimposes them; restoring order is not
  ['The United States restored sanctions on Venezuela.', [['USA', 'VEN', '163']]],
  ['The United States restored order in the city.', []],
  // naming a deed in an appositive is no act on its doer (a "call" is no telephone call), but a judgment of it
  ['Russia annexed four regions of Ukraine, a move that Kyiv called illegal.', [['RUS', 'UKR', '192'], ['UKR', 'RUS', '111']]],
  // a denial of one's own deed: aimed at whom the deed concerned, or at nobody; "denied land to X" is no denial of a
  // deed
  ['Iran denied that it had supplied missiles to Russia.', [['IRN', 'RUS', '016']]],
  ['North Korea denied sending troops to fight for Russia.', [['PRK', '', '016']]],
  ['Rwanda denied sending troops into Congo.', [['RWA', 'COD', '016']]],
  ['The district administration denied land allocation to the Alevi community.', []],
  // a clause of time inside a non-restrictive relative clause between a subject and its verb dates the description:
  // its happening is background, not the sentence's news; outside such a clause it is
  ['Sweden, which abandoned neutrality after Russia invaded Ukraine, joined NATO on Thursday.', []],
  ['Sweden joined NATO on Thursday after Russia invaded Ukraine.', [['RUS', 'UKR', '190']]],
  // an event noun heading the subject of a relative clause in the past perfect is background; in the simple past, or
  // in a reported "that" clause, it is coded
  // (the relative clause's subject is not what the governing verb acts on: no one is the target of the pledge)
  ["Lebanon's president pledged to rebuild a state that Hezbollah's war with Israel had left near collapse.", [['LBNGOV', '', '030']]],
  ["Lebanon's president pledged to rebuild a state that Hezbollah's war with Israel left near collapse.", [['LBNGOV', '', '030'], ['LBNREBHEZ', 'ISR', '190']]],
  // an entry's own code beats a block pattern that restates the block's code: welcoming an agreement is 051, hoping
  // for one 013; trying to kill with a bomb stays an attempt (185); a sentence in absentia is a verdict (116)
  ['Kenya welcomed the agreement with Uganda.', [['KEN', 'UGA', '051']]],
  ['Kenya hoped for an agreement with Uganda.', [['KEN', 'UGA', '013']]],
  ['Kenyan rebels tried to kill the Ugandan president with a bomb.', [['KENREB', 'UGAGOV', '185']]],
  ['A Kenyan court sentenced the Ugandan opposition leader in absentia.', [['KENJUD', 'UGAOPP', '116']]],
  ['A Kenyan court sentenced the Ugandan opposition leader to ten years in prison.', [['KENJUD', 'UGAOPP', '173']]],
  ['Kenyan soldiers blew up homes in a Ugandan village.', [['KENMIL', 'UGA', '1712']]],
  ['Ugandan militants blew up a Kenyan bus.', [['UGAINS', 'KEN', '183']]],
  // expecting is a forecast, not optimism; expecting to meet is a plan
  ['Kenya expects an agreement with Uganda.', []],
  ['Kenya anticipated a breakthrough in talks with Uganda.', []],
  ['Kenya expects to meet Uganda next week.', [['KEN', 'UGA', '036']]],
  // an offer of asylum is its grant (075); an offer of aid an intention (033)
  ['Kenya offered asylum to the Ugandan opposition leader.', [['KEN', 'UGAOPP', '075']]],
  ['Kenya offered aid to Uganda.', [['KEN', 'UGA', '033']]],
  // a state office-holder who gives up office with no challenger named yields to the country as a whole (0831)
  ['The Kenyan prime minister resigned on Monday.', [['KENGOV', 'KEN', '0831']]],
  ['The Kenyan defence minister stepped down after the scandal.', [['KENGOV', 'KEN', '0831']]],
  // ... not a bank's head, not an office-holder of no known country, not a refusal
  ['The head of a Kenyan bank resigned.', []],
  ['The prime minister resigned.', []],
  ['The Kenyan prime minister refused to resign.', []],
  // a government that dismisses its own minister acts on itself: no CAMEO event
  ['The Kenyan president sacked the defence minister.', []],
  // the Muslim Brotherhood is an Egyptian opposition movement unless a country is named with it
  ['Egyptian police arrested members of the Muslim Brotherhood.', [['EGYCOP', 'EGYOPPMBR', '173']]],
  ["Jordanian police arrested members of Jordan's Muslim Brotherhood.", [['JORCOP', 'JOROPPMBR', '173']]],
  // another side's weapons destroyed are fighting (190), one's own disarmament (0873)
  ['Ukrainian forces destroyed Russian tanks.', [['UKRMIL', 'RUSMIL', '190']]],
  ['Somali rebels attacked the Kenyan base, destroying tanks.', [['SOMREB', 'KEN', '190'], ['SOMREB', 'KENMIL', '190']]],
  // critics or opponents OF a side take its country, not its role; the side itself keeps its role
  ['Kenyan police arrested critics of the Ugandan president.', [['KENCOP', 'UGAOPP', '173']]],
  ['Kenyan police arrested the Ugandan president.', [['KENCOP', 'UGAGOV', '173']]],
  // a travel verb with an object before its TO moved someone else (no visit); a forecast is no pessimism; acceding
  // to pressure or demands is yielding, to a treaty joining it
  ['The Kenyan president flew to Uganda.', [['KENGOV', 'UGA', '042']]],
  ['Kenya predicted growth in Uganda.', []],
  ['Kenya voiced concern about Uganda.', [['KEN', 'UGA', '012']]],
  // "has (serious) concerns about X": HAVE as the main verb (tag repair have-main-verb) with CONCERNS, as "voiced concern"
  ["Japan has serious concerns about China's military activities near Taiwan.", [['JPN', 'CHNMIL', '012']]],
  ["Kenya had deep concerns over Uganda's decision.", [['KEN', 'UGA', '012']]],
  ['Uganda acceded to pressure from Kenya.', [['UGA', 'KEN', '080']]],
  ['Uganda acceded to demands from Kenya.', [['UGA', 'KEN', '083']]],
  ['Uganda acceded to the treaty with Kenya.', [['UGA', 'KEN', '057']]],
  // an infinitive with its own subject (the object) is that one's act, not the governor's intent
  ['Kenya expects to sign the deal with Uganda.', [['KEN', 'UGA', '032']]],
  ['Kenya expects Uganda to sign the deal.', []],
  // (a prepositional adjunct or a time noun before TO is no subject of the infinitive)
  ['Kenya agreed in principle on Monday to send aid to Uganda.', [['KEN', 'UGA', '033']]],
  ['Kenya expects this week to sign the deal with Uganda.', [['KEN', 'UGA', '032']]],
  // an object pronoun before ASYLUM does not hide OFFER_ASYLUM (when the pronoun resolves to a person)
  ['Ugandan President Yoweri Museveni fled to Kenya. Kenya offered him asylum.', [['KEN', 'UGAGOV', '075']]],
  // expelling an official is expelling a person (174); a legislature ousting one by vote sanctions the office-holder
  // (172); a deadline given with it is no aid (NOT_CODED)
  ['Niger expelled a French official, giving him 72 hours to leave the country.', [['NER', 'FRAGOV', '174']]],
  ['The Kenyan parliament ousted the prime minister in a vote of no confidence.', [['KENLEG', 'KENGOV', '172']]],
  // mediation named in a participle on a noun: the BY phrase (or the name glued by a hyphen) mediates between the
  // parties after "between", else the clause's subject and object; not when the arrangement is background
  // ("despite", "under": NOT_CODED)
  ['Armenia and Azerbaijan exchanged prisoners in a swap brokered by Qatar.', [['ARM', 'AZE', '084'], ['AZE', 'ARM', '084'], ['QAT', 'ARM', '045'], ['QAT', 'AZE', '045']]],
  ['Belarus freed 52 prisoners, including a Polish citizen, in a deal brokered by the United States.', [['BLR', 'POLCVL', '0841'], ['USA', 'BLR', '045']]],
  // (the go-between of a deal named on a noun, "a deal brokered by X", "an X-brokered deal", is never the target of the
  // signing or agreeing, nor the country of its parties' roles, nor the doer of the noun's event; the other party
  // signed WITH is mediated too; a real passive, "was mediated by X", keeps X the doer of the mediating)
  ['The militia that signed a deal brokered by Turkey withdrew from the town.', []],
  ['The Malian rebels signed a deal brokered by Algeria with the government.', [['DZA', 'MLIREB', '045'], ['MLIREB', '---GOV', '057']]],
  ['The rebels signed a truce mediated by Qatar with the Malian government.', [['---REB', 'MLIGOV', '0871'], ['QAT', 'MLIGOV', '045']]],
  ['Sudanese rebels signed a ceasefire facilitated by Saudi Arabia with the Sudanese army.', [['SAU', 'SDNMIL', '045'], ['SAU', 'SDNREB', '045'], ['SDNREB', 'SDNMIL', '0871']]],
  ['Russia and Ukraine signed a Turkish-brokered grain deal.', [['RUS', 'UKR', '057'], ['TUR', 'RUS', '045'], ['TUR', 'UKR', '045'], ['UKR', 'RUS', '057']]],
  ['The deal with the rebels was mediated by Qatar.', [['QAT', '---REB', '045']]],
  ['The rebels signed a Qatar-brokered truce with the government.', [['---REB', '---GOV', '0871']]],
  // "the country" in a phrase, after a venue in the doer's own country, is the other state named before it
  ['Germany\'s chancellor hosted Ghana\'s president in Berlin and pledged support for the country\'s farmers.', [['DEUGOV', 'GHA', '032'], ['DEUGOV', 'GHAGOV', '043']]],
  // (... not the subject of a reported clause, which stays the speaker's own country)
  ['Iran\'s president said the country would not bow to pressure.', []],
  // forces sent to another state within a peacekeeping, regional or multinational mission protect it (074)
  ['Kenya deployed 400 police officers to Haiti as part of a U.N.-backed multinational force.', [['KEN', 'HTI', '074']]],
  ['Burundi sent 500 soldiers to Somalia last year as part of a regional peacekeeping mission.', [['BDI', 'SOM', '074']]],
  // ... and so do forces sent to join a joint naval or peace mission, or a state joining one, with no host named (the
  // body whose mission it is, "the EU", is no recipient); forces to be sent are a commitment (0334)
  ['The Netherlands sent a frigate to join the EU naval mission in the Red Sea.', [['NLD', '', '074']]],
  ['Denmark has deployed two warships to join a multinational naval mission off Yemen.', [['DNK', '', '074']]],
  ['Spain joined the multinational force in the Gulf of Aden last month.', [['ESP', '', '074']]],
  ['Japan will send two destroyers to join a multinational naval mission in the Red Sea.', [['JPN', '', '0334']]],
  ['Portugal will join the EU naval mission.', [['PRT', '', '0334']]],
  // a deed foiled, thwarted or prevented was not done (an attack foiled by those it was aimed at was fought off: 190
  // both ways, as REPEL's)
  ['Security forces foiled an assassination attempt by Islamic State militants on the president of Somalia.', []],
  ['Police prevented a bombing of the Israeli embassy by Hamas.', []],
  ['An assassination attempt by Hamas on the Israeli ambassador was thwarted by Turkish police.', []],
  ['Police failed to prevent a bombing of the Israeli embassy by Hamas.', [['PSEREBHMS', 'ISRGOV', '183']]],
  ['Kenyan police foiled an attack by al-Shabaab militants on the Israeli embassy.', [['KENCOP', 'SOMREBINS', '190'], ['SOMREBINS', 'KENCOP', '190']]],
  // troops firing on protesters repress them (175), as police do; firing on rebels is combat
  ['Soldiers opened fire on protesters in Khartoum.', [['SDNMIL', 'SDNCVL', '175']]],
  ['Troops fired at demonstrators in Goma.', [['CODMIL', 'CODCVL', '175']]],
  ['Police opened fire on protesters in Nairobi.', [['KENCOP', 'KENCVL', '175']]],
  ['Troops opened fire on rebels in Goma.', [['CODMIL', 'CODREB', '190']]],
  // a finite verb after a reduced relative with no auxiliary has the relative's noun as subject (a drone, an agent
  // mention, launched from a state: that state fired it, as "a missile fired from Yemen")
  ['A drone launched from Iraq struck a U.S. base in Jordan.', [['IRQ', 'USA', '1952']]],
  ['Troops deployed in the region attacked the rebels.', [['---MIL', '---REB', '190']]],
  // the members of a compound mediator mediate with each party, never with each other
  ['The talks in Cairo mediated by Egypt and Qatar between Israel and Hamas ended on Sunday.', [['EGY', 'ISR', '045'], ['EGY', 'PSEREBHMS', '045'], ['QAT', 'ISR', '045'], ['QAT', 'PSEREBHMS', '045']]],
  ['Norway and Cuba mediated between Colombia and the ELN on Tuesday.', [['CUB', 'COL', '045'], ['CUB', 'COLREB', '045'], ['NOR', 'COL', '045'], ['NOR', 'COLREB', '045']]],
  // (... while a compound that talks with no one else still talks with each other)
  ['Egypt and Qatar held talks in Doha on Monday.', [['EGY', 'QAT', '044'], ['QAT', 'EGY', '044']]],
  ['The Egyptian-mediated truce between Israel and Hamas held overnight.', [['EGY', 'ISR', '045'], ['EGY', 'PSEREBHMS', '045'], ['ISR', 'PSEREBHMS', '0871'], ['PSEREBHMS', 'ISR', '0871']]],
  // a gerund after "aimed at" only when the participle is one of purpose
  ['Kenya restored diplomatic relations with Uganda after talks aimed at ending the dispute.', [['KEN', 'UGA', '054']]],
  // ... but a participle after a comma is the denier's own act
  ["Rwanda's army denied that its troops had shelled Goma, accusing Congolese forces of staging the attack.", [['RWAMIL', 'COD', '016'], ['RWAMIL', 'CODMIL', '1123']]],
  // forces stationed near a border are deployed there, a show of force at the state across it (154, as "deployed")
  ['Egypt stationed tanks near the border with Libya.', [['EGY', 'LBY', '154']]],
  ['Azerbaijan has stationed troops along the Armenian border.', [['AZE', 'ARM', '154']]],
  // forces leaving a country, or a named place in one, pull out of it (0874); a building or a base left is no retreat
  // (NOT_CODED)
  ['Ethiopian soldiers left Mogadishu on Tuesday after a two-year deployment.', [['ETHMIL', 'SOM', '0874']]],
  ['Rwandan troops left the city of Goma.', [['RWAMIL', 'COD', '0874']]],
  ['Burundian soldiers left eastern Congo last month.', [['BDIMIL', 'COD', '0874']]],
  ['Israeli soldiers left the Kamal Adwan hospital after a five-day raid.', []],
  // a ban on a country's goods is a trade embargo on it: lifting it eases that (085, not 081)
  ['South Korea lifted its import ban on Japanese fish.', [['KOR', 'JPN', '085']]],
  ['Morocco lifted a ban on Algerian fruit imports.', [['MAR', 'DZA', '085']]],
  ['Turkey eased a trade ban on Armenian goods.', [['TUR', 'ARM', '085']]],
  ['Thailand lifted its ban on opposition parties.', [['THA', '---OPP', '0812']]],
  // a navy's ships reaching a foreign port make a port call, a visit by their state (042); ships reaching open waters
  // and troops arriving deploy (154); other ships docking are no event
  ['Three Turkish frigates arrived in Tripoli on Sunday.', [['TURMIL', 'LBY', '042']]],
  ['An Indian destroyer docked in Colombo on Friday.', [['INDMIL', 'LKA', '042']]],
  ['Two Japanese warships made a port call in Manila.', [['JPNMIL', 'PHL', '042']]],
  ['Two Russian warships arrived in the Baltic Sea.', [['RUSMIL', '', '154']]],
  ['A Greek cargo ship docked in Beirut on Monday.', []],
  // a report that says what happened reports it, to the second of two coordinated acts (NOT_CODED: alleged, denied)
  ['A UN report said that Rwandan troops shelled Goma and then attacked Burundian troops.', [['RWAMIL', 'BDIMIL', '194'], ['RWAMIL', 'COD', '194']]],
  // police arriving abroad are a police mission, not a visit (a president arriving still visits)
  ['Two hundred Kenyan police officers arrived in Haiti on Monday.', [['KENCOP', 'HTI', '074']]],
  ['The Kenyan president arrived in Haiti on Monday.', [['KENGOV', 'HTI', '042']]],
  // a weapon or an attack that sets fire to something is that attack, not a riot (protesters setting fire still riot)
  ['A Ukrainian drone set fire to a fuel depot in Belgorod.', [['UKRMIL', 'RUS', '1952']]],
  // warships sent around a country are a show of force; weapons sent to it are aid (NOT_CODED)
  ['China sent warships around Taiwan on Monday.', [['CHN', 'TWN', '150']]],
  ['Kenya sent rifles and ammunition to Uganda.', [['KEN', 'UGA', '072']]],
  // "the group" is the armed group, party or NGO named before; "both sides"/"the two sides" the two of a compound
  ['Kenyan police arrested members of al-Shabaab, and Uganda praised the group.', [['KENCOP', 'SOMREB', '173'], ['UGA', 'SOMREB', '051']]],
  ['Kenya and Uganda signed a truce, but both sides accused each other of violating it.', [['KEN', 'UGA', '0871'], ['KEN', 'UGA', '1123'], ['UGA', 'KEN', '0871'], ['UGA', 'KEN', '1123']]],
  // an appositive described by a restrictive relative clause stands between the main verb and its subject; the
  // name before it is not the relative's object
  ['Yoweri Museveni, the Ugandan president who ordered the offensive on Kenya, was condemned by Tanzania.', [['TZA', 'UGAGOV', '111'], ['UGAGOV', 'KEN', '190']]],
  ['Yoweri Museveni, the Ugandan leader who criticised Kenya, was praised by Tanzania.', [['TZA', 'UGAGOV', '051'], ['UGAGOV', 'KEN', '111']]],
  // what the two of a compound each release is the other's (without "each" it is no one's)
  ['Kenya and Uganda each released 20 prisoners.', [['KEN', 'UGA', '0841'], ['UGA', 'KEN', '0841']]],
  ['Kenya and Uganda released 20 prisoners.', [['KEN', '---CVL', '0841'], ['UGA', '---CVL', '0841']]],
  // the unplaced victims of a state's violent act are of the one other country the sentence names; the speaker's
  // country does not count, nor does a sentence naming two others
  ['Ugandan airstrikes on Kenyan border towns killed 12 people.', [['UGAMIL', 'KENCVL', '195']]],
  ['Ugandan airstrikes on Kenyan border towns killed 12 people, Tanzanian officials said.', [['UGAMIL', 'KENCVL', '195']]],
  ['Ugandan soldiers killed 12 people, Kenya said.', [['UGAMIL', '---CVL', '190']]],
  ['Ugandan airstrikes on Kenyan and Tanzanian border towns killed 12 people.', [['UGAMIL', '---CVL', '195']]],
  // a violent act with no named doer is the doer's of the violent act in the clause of "when" after it (not of any
  // clause of "when")
  ['Two Kenyan soldiers were killed on Monday, when their convoy was ambushed by al-Shabaab militants.', [['SOMREBINS', 'KENMIL', '190']]],
  ['Two Kenyan soldiers were killed on Monday when the Ugandan president was in Nairobi.', [['', 'KENMIL', '190']]],
  // "its head", "its director": a body's own people; a person's staff are not the person
  ['Kenyan police raided the offices of the Ugandan embassy and arrested its head.', [['KENCOP', 'UGAGOV', '173']]],
  ['Kenya summoned the Ugandan envoy and criticised his staff.', [['KEN', 'UGAGOV', '114']]],
  // targets struck somewhere are military ones (an economy's targets are not, NOT_CODED); a strike that kills is one
  // from the air
  ['Kenya struck more than 40 targets across Uganda.', [['KEN', 'UGA', '190']]],
  ['A Ugandan strike killed 12 people in Kenya.', [['UGA', 'KENCVL', '195']]],
  // weapons intercepted or downed (also "12 of 20": a number before "of" is a quantity) are force against their
  // owner; an intercepted flotilla is a blockade, an intercepted shipment no event (NOT_CODED)
  ['Kenya downed 12 of 20 drones launched by Uganda.', [['KEN', 'UGAMIL', '190']]],
  ['Kenya intercepted a flotilla bound for Somalia.', [['KEN', 'SOM', '191']]],
  // killed "in X strikes": an attack from the air by X, whose demonym does not place the victims in X
  ['At least 15 people were killed in Ugandan strikes on Kenya.', [['UGA', 'KENCVL', '195']]],
  ['Twelve people were killed in Ugandan strikes on Monday.', [['UGA', '---CVL', '195']]],
  ['Russian drones struck Zaporizhzhia overnight.', [['RUSMIL', 'UKR', '1952']]],
  // a legislature's impeachment is a charge (173, as an indictment); a legislature or court removing an office-holder
  // from office sanctions them (172, as suspending one from duties does), actively or in the passive; a government
  // removing or dismissing its own people changes leadership (0831) when they are named apart from it (its own
  // cabinet, its own code: no event, as for a minister sacked)
  ["Kenya's parliament voted to impeach the deputy president.", [['KENLEG', 'KENLEGGOV', '173']]],
  ["Nepal's Supreme Court removed the prime minister from office.", [['NPLJUD', 'NPLGOV', '172']]],
  ['The Malawian president was removed from office by parliament.', [['MWILEG', 'MWIGOV', '172']]],
  ["Ecuador's president removed the army chief from his post.", [['ECUGOV', 'ECUMIL', '0831']]],
  ["Malawi's president sacked his entire cabinet.", []],
  ["Zambia's parliament suspended the vice-president from his duties.", [['ZMBLEG', 'ZMB', '172']]],
  // an approved support package is lent or given
  ['The IMF approved a $3 billion support package for Kenya.', [['IGOBUSIMF', 'KEN', '071']]],
  // questioning a standing (legitimacy, credibility, fairness) is criticism, not an inquiry
  ['Ugandan President Yoweri Museveni questioned the legitimacy of the Kenyan election.', [['UGAGOV', 'KEN', '111']]],
  // an addressee named before a deed is the target of the words about it; without one, the deed's doer is
  ['Japan apologised to South Korea for abuses committed by Japanese troops.', [['JPN', 'KOR', '055']]],
  ['Kenya condemned the killing of its citizens by Ugandan troops.', [['KEN', 'UGAMIL', '111'], ['UGAMIL', 'KENCVL', '1823']]],
  // an event noun's BY phrase right after its complement names the doer, however long the complement's name; a BY
  // phrase with no actor right after it names none
  ['The arrest of Ugandan opposition leader Kizza Besigye by Kenyan security agents sparked protests.', [['KENSPY', 'UGAOPP', '173']]],
  ['The arrest of Ugandan opposition leader Kizza Besigye by the end of the week angered his supporters.', []],
  // an -ed form between a possessive ending and a noun is an adjective ("claimed" is no statement)
  ["Brazil refused to recognise Maduro's claimed victory.", [['BRA', 'VENGOV', '120']]],
  // a clause right after the object noun whose verb has no object is a relative clause about that noun: it names
  // whom the thing concerns, and in the past perfect it is background; not a "that" clause after a phrase of the noun
  ['ECOWAS lifted the sanctions it had imposed on Mali.', [['IGOWAFWAS', 'MLI', '085']]],
  ['ECOWAS lifted most of the sanctions that it had imposed on Mali.', [['IGOWAFWAS', 'MLI', '085']]],
  ['Iran released the tanker it seized from Greece.', [['IRN', 'GRC', '0842'], ['IRN', 'GRC', '171']]],
  ['Kenya rejected accusations by a UN panel that its troops were fighting in Somalia.', [['KEN', 'IGOUNO', '016']]],
  // office-holders of 2024-2026 in Africa, Latin America and Europe are known by their surnames
  ['Mahama met Embalo in Accra.', [['GHAGOV', 'GNBGOV', '040']]],
  ['Sandu met Fico in Bratislava.', [['MDAGOV', 'SVKGOV', '040']]],
  ['Bukele hosted Arevalo and Abinader in San Salvador.', [['SLVGOV', 'DOMGOV', '043'], ['SLVGOV', 'GTMGOV', '043']]],
  // "who" stands for the people right before it, even inside a phrase; "that" after a phrase keeps looking left
  ['Kenyan police fired tear gas at thousands of protesters who marched on parliament.', [['KENCOP', 'KENCVL', '175'], ['KENCVL', 'KENLEG', '141']]],
  ['Kenyan police fired tear gas at the air strike on a school that killed dozens.', [['---MIL', 'KENEDU', '195'], ['KENCOP', 'KENEDU', '175']]],
  // a restrictive relative clause after the object actor describes it (no reported speech), and a pattern's words
  // before the verb start at its antecedent ("military" before it is no troop movement); in a main clause they count
  ["Mali's military leader refused to meet an ECOWAS delegation that had travelled to Bamako.", [['IGOWAFWAS', 'MLI', '042'], ['MLIMIL', 'IGOWAFWAS', '125']]],
  ['Ugandan soldiers travelled to Kenya.', [['UGAMIL', 'KEN', '154']]],
  // "the two leaders", "the two countries", "both sides" name the two parties just mentioned (this sentence or the
  // one before, not a place), each in the role; a role of no state ("the two journalists") names no parties
  ['Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. The two leaders signed a border agreement.', [['KENGOV', 'TZAGOV', '040'], ['KENGOV', 'TZAGOV', '057'], ['TZAGOV', 'KENGOV', '057']]],
  ["Ghana hosted Togo's president in Accra, where the two leaders signed a trade agreement.", [['GHA', 'TGOGOV', '043'], ['GHAGOV', 'TGOGOV', '057'], ['TGOGOV', 'GHAGOV', '057']]],
  ['Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. Kenyan police arrested the two journalists.', [['KENCOP', 'KENMED', '173'], ['KENGOV', 'TZAGOV', '040']]],
  // ... and so do "the warring parties", "the opposing sides" without "two"; with no two parties before, nothing
  ["Fighting between Sudan's army and the RSF continued in El Fasher. The warring parties agreed to a humanitarian truce.", [['SDNMIL', 'SDNREB', '0871'], ['SDNMIL', 'SDNREB', '193'], ['SDNREB', 'SDNMIL', '0871'], ['SDNREB', 'SDNMIL', '193']]],
  ['The Ethiopian army and Tigrayan forces fought near Mekelle. The opposing sides signed a truce in Pretoria on Wednesday.', [['ETHMIL', 'ETHREB', '0871'], ['ETHMIL', 'ETHREB', '193'], ['ETHREB', 'ETHMIL', '0871'], ['ETHREB', 'ETHMIL', '193']]],
  ['Thousands of civilians fled El Fasher on Monday. The warring parties agreed to a humanitarian truce.', []],
  // what a meeting or talks are aimed at has not happened
  ['Kenya hosted the Ugandan president for a meeting aimed at establishing relations between the two leaders.', [['KEN', 'UGAGOV', '043']]],
  // a statement to a plural of people with no country names an audience, not a party; to one office-holder it is an event
  ['Kenya pledged aid to Somalia, President William Ruto told delegates on Monday.', [['KEN', 'SOM', '033']]],
  ['Kenya pledged aid to Somalia, President William Ruto told the prime minister on Monday.', [['KEN', 'SOM', '033'], ['KENGOV', 'SOMGOV', '010']]],
  // forces taking control of their own country (its name) seize power (1724); of a town, they occupy it (192)
  ['Malian soldiers said they had taken control of Mali.', [['MLIMIL', 'MLI', '1724']]],
  ['M23 rebels took control of Goma.', [['CODREB', 'COD', '192']]],
  // ending a span of talks says how long they lasted (no halt, no operation status); ending talks, or ending something
  // after a span, is an act
  ['Kenya and Uganda signed a border treaty, ending three decades of talks.', [['KEN', 'UGA', '057'], ['UGA', 'KEN', '057']]],
  ['Kenya ended talks with Uganda.', [['KEN', 'UGA', '164']]],
  ['Kenya ended its military cooperation with Uganda after years of tension.', [['KEN', 'UGA', '1622']]],
  // ending a quarrel, a standoff or a shutdown cuts no relations (an internet shutdown ended eases a restriction)
  ['Argentina and Chile signed an agreement on Thursday, ending a months-long dispute over fishing rights.', [['ARG', 'CHL', '057'], ['CHL', 'ARG', '057']]],
  ['The Ethiopian government ended the internet shutdown in Amhara.', [['ETHGOV', 'ETH', '081']]],
  // exercising restraint holds back force (087; urged, 0256), exercising a right is no drill; troops exercising
  // together cooperate militarily
  ['Chinese Foreign Minister Wang Yi urged Thailand and Cambodia to exercise restraint.', [['CHNGOV', 'KHM', '0256'], ['CHNGOV', 'THA', '0256']]],
  ['Kenya urged Uganda to exercise its right to self-defence.', [['KEN', 'UGA', '020']]],
  ['Kenyan and Ugandan troops exercised together.', [['KENMIL', 'UGAMIL', '062'], ['UGAMIL', 'KENMIL', '062']]],
  // the officials of an IGO or an armed group are that body (no GOV role), those of a state its government
  ['G7 foreign ministers condemned Russia.', [['IGOGOS', 'RUS', '111']]],
  ['ASEAN foreign ministers urged Myanmar to end the violence.', [['IGOSEAASN', 'MMR', '0256']]],
  ['NATO defence ministers praised Finland.', [['IGOWSTNAT', 'FIN', '051']]],
  ['The leaders of Hamas rejected the Israeli proposal.', [['PSEREBHMS', 'ISR', '120']]],
  ['Iranian government officials accused the United States of spying.', [['IRNGOV', 'USA', '112']]],
  ['Taliban leaders met Chinese officials in Kabul.', [['AFGGOVTAL', 'CHNGOV', '040']]],
  // feelings of disapproval or approval belong to who feels them: the passive's or adjective's subject, an active
  // verb's object; the phrase after them names what they are about (CAMEO's DISMAY/OFFEND 110, approval 051)
  ['Japan was disappointed by the Chinese decision.', [['JPN', 'CHN', '110']]],
  ['Britain was deeply angered by the Russian move.', [['GBR', 'RUS', '110']]],
  ['Kenya was angry with Uganda over the border closure.', [['KEN', 'UGA', '110']]],
  ['Japan is furious with China.', [['JPN', 'CHN', '110']]],
  ['Germany was outraged by the Russian attack on Kyiv.', [['DEU', 'RUS', '110']]],
  ['India was frustrated by Pakistan\'s refusal to talk.', [['IND', 'PAK', '110']]],
  ['France was pleased with the Iranian response.', [['FRA', 'IRN', '051']]],
  ["Tanzania was delighted by Kenya's offer of aid.", [['TZA', 'KEN', '051']]],
  ['Russia angered China by expelling the ambassador.', [['CHN', 'RUS', '110']]],
  ['Russia alarmed Japan by deploying missiles.', [['JPN', 'RUS', '012'], ['RUS', '', '154']]],
  // a gerund of means after "by" is done by the clause's subject, not by its object
  ['Russia provoked Japan by deploying missiles.', [['RUS', '', '154']]],
  // acts complete with their doer alone are coded with no target: a show or build-up of force (a state's missile
  // launched at no one, weapons tests, drills, mobilisation), a demolition, approval of a thing whose parties are unnamed;
  // a compound staging drills together holds a joint exercise
  ['North Korea fired a ballistic missile into the sea.', [['PRK', '', '150']]],
  ['Iran tested a new cruise missile on Sunday.', [['IRN', '', '150']]],
  ['Russia launched large-scale military drills in the Baltic.', [['RUS', '', '150']]],
  ['China staged naval drills on Monday.', [['CHN', '', '150']]],
  ['Ukraine ordered a general mobilisation.', [['UKR', '', '154']]],
  ['The Israeli army razed dozens of buildings.', [['ISRMIL', '', '1712']]],
  ['Germany welcomed the agreement.', [['DEU', '', '051']]],
  ['The United Nations praised the ceasefire deal.', [['IGOUNO', '', '051']]],
  ['French and Egyptian warships launched war games in the Mediterranean.', [['EGYMIL', 'FRAMIL', '062'], ['FRAMIL', 'EGYMIL', '062']]],
  // a state's exit from an intergovernmental body announced, completed or pulled out of is reduced relations (161)
  ['Argentina announced its withdrawal from the World Health Organization.', [['ARG', 'IGOUNOHLHWHO', '161']]],
  ['Niger announced its immediate withdrawal from the Economic Community of West African States.', [['NER', 'IGOWAFWAS', '161']]],
  ['Burkina Faso pulled out of the International Criminal Court.', [['BFA', 'IGOJUDICC', '161']]],
  ['Britain completed its exit from the European Union.', [['GBR', 'IGOEUREEC', '161']]],
  // asylum granted or offered is complete with the state that grants it: an unresolved pronoun or unnamed person
  // leaves the target empty ("him" is the titled role named before: a person)
  ['The former Syrian president fled to Moscow. Russia granted him asylum.', [['RUS', 'SYRGOV', '075']]],
  ['Ecuador offered them asylum.', [['ECU', '', '075']]],
  ['Germany granted the activist asylum.', [['DEU', '', '075']]],
  // a spokesperson with no country speaks for the state that is the latest subject (or its institution)
  ['Kenya closed its border with Somalia. A spokesman accused Somali militants of smuggling weapons.', [['KEN', 'SOM', '191'], ['KENGOV', 'SOMINS', '1121']]],
  ['The Japanese foreign ministry condemned the test. The ministry\'s spokeswoman accused North Korea of lying.', [['JPNGOV', 'PRK', '112']]],
  // ... not a spokesperson of a named side, nor when the latest subject is no single state
  ['Kenya met Somalia on Monday. A spokesman for the rebels accused Uganda of lying.', [['---GOV', 'UGA', '112'], ['KEN', 'SOM', '040']]],
  ['Germany and France met in Paris. A spokesman praised Italy.', [['---GOV', 'ITA', '051'], ['DEU', 'FRA', '040'], ['FRA', 'DEU', '040']]],
  // a people is coded with the state where it mainly lives, and role nouns compose with it; a place named after a
  // people is that place's state
  ['Bangladesh expelled Rohingya refugees.', [['BGD', 'MMRREF', '174']]],
  ['Myanmar troops attacked Rohingya villagers.', [['MMRMIL', 'MMRCVL', '180']]],
  ['Taliban fighters killed Hazara civilians in Kabul.', [['AFGGOVTAL', 'AFGCVL', '1823']]],
  ['Uyghur activists accused China of genocide.', [['CHNCVL', 'CHN', '1124']]],
  ['Police in Tamil Nadu arrested 20 fishermen.', [['INDCOP', 'INDAGR', '173']]],
  // ... but a people split among several states with no main one gives no country
  ['Kurdish forces attacked Turkish troops near the border.', [['---MIL', 'TURMIL', '190']]],
  // "live rounds" after a weapon noun and "and" is a second weapon, not a verb that takes the object away
  ['Ugandan police fired tear gas and live rounds at protesters who had marched on parliament.', [['UGACOP', 'UGACVL', '175'], ['UGACVL', 'UGALEG', '141']]],
  // an unknown name with a role appositive ("X, a journalist,") is that role, placed like any other
  ['Belarusian police arrested Ihar Losik, a journalist, in Minsk.', [['BLRCOP', 'BLRMED', '173']]],
  // calling off one's own strike eases dissent (082), against one's own country's rulers
  ['Kenyan doctors called off their strike on Friday.', [['KENHLH', 'KEN', '082']]],
  // a blocked convoy is restricted movement; a convoy that reaches a place delivers aid there
  ['Sudanese troops blocked an aid convoy near El Fasher.', [['SDNMIL', 'SDN', '191']]],
  ['A UNICEF aid convoy reached the town of Kadugli in Sudan on Sunday.', [['IGOUNOKID', 'SDN', '073']]],
  ['A World Food Programme convoy carrying medicine and flour entered El Fasher in Sudan on Monday.', [['IGOUNOWFP', 'SDN', '073']]],
  // the military that seizes power is the country's own
  ['The military seized power from Gabon\'s president.', [['GABMIL', 'GABGOV', '1724']]],
  // an accusation in a participle on a noun ("a report accusing X of V-ing") still makes the V-ing an allegation
  ['Kenya rejected a report accusing its police of abducting critics.', [['KEN', 'KENCOP', '016']]],
  // ... but a report that says what happened reports it
  ['A report on Monday said the Burkinabe army had killed 223 villagers.', [['BFAMIL', 'BFACVL', '190']]],
  // broadcasters are their country's media; a media regulator is the government's
  ['Niger suspended the BBC for three months.', [['NER', 'GBRMED', '160']]],
  ["Burkina Faso's media regulator suspended Voice of America.", [['BFAGOV', 'USAMED', '160']]],
  // supporters are civilians, placed like protesters
  ['Supporters of the opposition candidate clashed with police in Garoua.', [['CMRCVL', 'CMRCOP', '145']]],
  // a restrictive relative clause between the subject and its verb: the verb after it has the subject
  ['Protesters who blocked the highway were arrested by Kenyan police.', [['KENCOP', 'KENCVL', '173'], ['KENCVL', '', '144']]],
  // a reduced passive of a phrasal verb ("X shot down by Y", "X rounded up by Y") is about the noun before it, not X's
  // act; "by far" names no agent
  ['A Russian drone shot down by Ukraine crashed into a building in Kyiv.', [['UKR', 'RUSMIL', '190']]],
  ['Protesters rounded up by Iranian police were released on Monday.', [['IRNCOP', 'IRNCVL', '173']]],
  ['Ukraine shot down by far the most drones.', [['UKR', '---MIL', '190']]],
  ['Four journalists who had worked with an opposition party were jailed by a Moscow court.', [['RUSJUD', 'RUSMED', '173']]],
  // a party dissolved is banned, also in the passive
  ["The opposition party was dissolved by Thailand's Constitutional Court.", [['THAJUD', 'THAOPP', '1722']]],
  // being or remaining on (hunger) strike is striking
  ['Kenyan doctors have been on strike since Monday.', [['KENHLH', '', '143']]],
  // "X used Y to V": X does V, Y is its means (still deciding the code); "asked Y to V" keeps Y as the doer
  ['Russia used drones to attack Kyiv.', [['RUS', 'UKR', '1952']]],
  // ... and what one is asked to resume has not resumed (no operation change)
  ['Kenya urged Uganda to resume talks.', [['KEN', 'UGA', '026']]],
  ['Israel used warplanes to bomb Gaza.', [['ISR', 'PSE', '195']]],
  ['Russia used Iranian drones to attack Kyiv.', [['RUS', 'UKR', '1952']]],
  ['Russia asked Iran to attack Ukraine.', [['RUS', 'IRN', '020']]],
  // a span of time before "of" does not hide what was halted: halting fighting de-escalates, halting talks ends them
  ['Israel and Hamas halted months of fighting.', [['ISR', 'PSEREBHMS', '087'], ['PSEREBHMS', 'ISR', '087']]],
  ['Turkey suspended a year of talks with Greece.', [['TUR', 'GRC', '164']]],
  // a weapon before a munition it fires names the munition, not a unit: the shells are the state's, not its army's;
  // the weapon alone, or before a verb, is the unit
  ['Russian artillery shells hit Kharkiv.', [['RUS', 'UKR', '194']]],
  ['Israeli tank shells hit a school in Gaza.', [['ISR', 'PSEEDU', '194']]],
  ['Artillery shells killed three civilians in Donetsk.', [['', 'UKRCVL', '194']]],
  ['Russian artillery pounded Kharkiv.', [['RUSMIL', 'UKR', '194']]],
  // union words outside a proper name, or as a name's own last words, still name workers (a name inside: NOT_CODED)
  ['Union workers in Nigeria struck over pay.', [['NGALAB', '', '143']]],
  ['The Teachers Union of Kenya struck over pay.', [['KENLAB', '', '143']]],
  ['Nigerian nurses remained on strike on Friday.', [['NGAHLH', '', '143']]],
  // an order's object with a bare past participle is what was done on the order, by the one who ordered it
  ['A Kenyan judge ordered the activists released on bail.', [['KENJUD', 'KENCVL', '084']]],
  // a body's vehicles, ships and premises stand for it when something is done to them
  ['Ukraine said Russian drones had struck its vessels in Odesa.', [['RUSMIL', 'UKR', '1952']]],
  // a party or a news outlet suspended is banned or restricted, at home
  ['The junta in Guinea suspended the main opposition party for three months.', [['GINGOV', 'GINOPP', '1722']]],
  ['Nicaragua suspended the opposition newspaper La Prensa.', [['NIC', 'NICOPPMED', '1721']]],
  // ... and so are the civic roles a state or its civil office arrests, charges or represses; not its armed opponents,
  // nor the roles it deals with otherwise
  ['Serbia arrested opposition leaders.', [['SRB', 'SRBOPP', '173']]],
  ['Egypt detained journalists.', [['EGY', 'EGYMED', '173']]],
  ['Belarus charged opposition politicians with treason.', [['BLR', 'BLROPP', '173']]],
  ['The Egyptian government arrested activists.', [['EGYGOV', 'EGYCVL', '173']]],
  ['Kenya arrested militants.', [['KEN', '---INS', '173']]],
  ['Serbia thanked the opposition leaders.', [['SRB', '---OPP', '051']]],
  // aid trucks let in are humanitarian access
  ['Israel allowed 50 aid trucks to enter Gaza through the Kerem Shalom crossing on Sunday.', [['ISR', 'PSE', '0863']]],
  // ... not an order that someone else do it
  ['Kenya ordered Israel to release the activists.', [['KEN', 'ISR', '1053']]],
  // aircraft and ships entering or violating another's airspace or waters show force (150); drones entering in an attack
  // are the attack (NOT_CODED)
  ['Two Russian fighter jets entered Finnish airspace on Friday.', [['RUSMIL', 'FIN', '150']]],
  ['A Chinese military aircraft violated Japanese airspace.', [['CHNMIL', 'JPN', '150']]],
  // ships or aircraft passing somewhere together each show force; drills together are a joint exercise
  ['A U.S. Navy destroyer and a Canadian frigate sailed through the Taiwan Strait.', [['CANMIL', '', '150'], ['USAMIL', '', '150']]],
  ['French and Egyptian warships held joint drills.', [['EGYMIL', 'FRAMIL', '062'], ['FRAMIL', 'EGYMIL', '062']]],
  // a jet releasing flares near another's aircraft is posture; a fighter named by its model is a jet, not a militant
  ['A Chinese J-16 fighter released flares near an Australian surveillance aircraft.', [['CHNMIL', 'AUSMIL', '150']]],
  ['Two Russian Su-35 fighters flew over the islands.', [['RUSMIL', '', '150']]],
  // weapons handed over are military aid; a suspect handed over is judicial cooperation
  ['Germany handed over two Patriot air defence systems to Ukraine.', [['DEU', 'UKR', '072']]],
  ['Kenya handed over the suspect to Uganda.', [['KEN', 'UGA', '063']]],
  // an approved sale of weapons is military cooperation (CAMEO 062), of an airline an approval
  ['Washington approved the sale of spare parts for F-16 fighter jets to Taiwan.', [['USA', 'TWN', '062']]],
  ['The government approved the sale of the state airline to a Turkish firm.', [['TURGOV', 'TURBUS', '051']]],
  // an order to close a mission or to deport someone is that act, not a demand
  ['Poland ordered the closure of the Russian consulate in Gdansk.', [['POL', 'RUSGOV', '161']]],
  ['Kenya ordered the deportation of two Ugandan activists.', [['KEN', 'UGACVL', '174']]],
  ['Kenya ordered the closure of schools.', [['KEN', 'KENEDU', '172']]],
  // a diplomatic act after an attribution is the speaker's; so is a judging adjunct after a reported complement
  ["Russian jets entered Estonian airspace, the Estonian foreign ministry said, summoning Russia's envoy.", [['ESTGOV', 'RUSGOV', '114'], ['RUS', 'EST', '150']]],
  ['The Kremlin denied that Russian jets had entered Estonian airspace, accusing Tallinn of lying.', [['RUSGOV', 'EST', '016'], ['RUSGOV', 'EST', '112']]],
  ['Kenya said Ugandan troops had crossed the border, killing two herders.', [['UGAMIL', '---AGR', '190']]],
  // a threat whose complement's doer is the threatener's own state is aimed at the state of the condition
  ['China warned that Beijing would retaliate if Washington raised tariffs.', [['CHN', 'USA', '130']]],
  ['Iran warned that it would retaliate.', []],
  // ... the doer itself as the subject of the complement is no target: the complement's object is
  ['Egypt warned that it would strike Ethiopia.', [['EGY', 'ETH', '130']]],
  // a warning told after what it says is aimed at the subject of that statement's condition, before or after it (the
  // possessive of the teller being the statement's subject's, not the condition's); defending oneself is no verbal
  // defence, and the conditional attack is not asserted
  ['If Serbia attacks, Kosovo will defend itself, its defence minister warned.', [['KSVGOV', 'SRB', '130']]],
  ['Kosovo will defend itself if Serbia attacks, its defence minister warned.', [['KSVGOV', 'SRB', '130']]],
  ['Kosovo will defend itself, its defence minister said.', []],
  // an -ed form between a possessive and a number is an adjective
  ["China criticised Washington's threatened 100 percent tariffs.", [['CHN', 'USA', '111']]],
  // a verb after a comma in a list of verbs shares the first verb's subject, even after a phrase following its object;
  // a verb with a subject of its own after the comma keeps it
  ['Kenya hosted Ugandan President Museveni in Nairobi last week, praised Uganda and criticised Tanzania.', [['KEN', 'TZA', '111'], ['KEN', 'UGA', '051'], ['KEN', 'UGAGOV', '043']]],
  ['Kenya hosted Ugandan President Museveni on Tuesday, Museveni praised Tanzania and left.', [['KEN', 'UGAGOV', '043'], ['UGAGOV', 'TZA', '051']]],
  // a threat to do a cooperative act is no intention to cooperate, nor a threat (restoring, 0842, yields); a vow to do
  // it is
  ['Kenya threatened to restore aid to Uganda.', []],
  ['Kenya vowed to restore aid to Uganda.', [['KEN', 'UGA', '0353']]],
  // the threat of an embargo on a flow of goods is complete without a target
  // a threat takes the codebook's 13x child of the act threatened (sanctions 1312, aid 1311, relations 1313); a threat to
  // ease a sanction is no coercive warning against the party eased
  ['The United States threatened to impose sanctions on Venezuela.', [['USA', 'VEN', '1312']]],
  ['The EU threatened to cut aid to Niger.', [['IGOEUREEC', 'NER', '1311']]],
  ['Washington threatened to lift sanctions on Venezuela.', []],
  ['Washington threatened to ease restrictions on Cuba.', []],
  // nor is a threat to release people or property (0841/0842); a threat to harm them stays one
  ['Hamas threatened to release the hostages.', []],
  ['The rebels threatened to free the prisoners.', []],
  ['The rebels threatened to execute the prisoners.', [['---REB', '---CVL', '1383']]],
  ['Trump threatened to withdraw troops from Germany.', [['USAGOV', 'DEUMIL', '130']]],
  // an attack verb "with sanctions" is the sanction (163); a word ending an actor's name before the verb is no pattern
  // word ("the European Union struck" is no labour union striking)
  ['The EU hit Russia with new sanctions.', [['IGOEUREEC', 'RUS', '163']]],
  ['Washington targeted Iranian oil firms with sanctions.', [['USA', 'IRNBUS', '163']]],
  ['The African Union struck Somalia.', [['IGOAFRAFU', 'SOM', '190']]],
  ['The teachers union struck for higher wages.', [['---LAB', '', '143']]],
  ['Trump threatened to impose a 100 percent tariff on pharmaceutical imports.', [['USAGOV', '', '1312']]],
  // a hyphenated measure and an amount before a noun are one noun phrase, whatever the comma
  ['The IMF approved a 37-month, $7 billion loan for Pakistan.', [['IGOBUSIMF', 'PAK', '071']]],
  // a lender releasing a tranche grants it (merged with the loan); a statement released is a statement
  ['The IMF approved a loan for Pakistan, releasing a first tranche of $1 billion.', [['IGOBUSIMF', 'PAK', '071']]],
  ['Kenya released a statement on Uganda.', [['KEN', 'UGA', '010']]],
  // a complaint with an international body over a state's measure is against that state; one with no such state
  // is lodged with the body
  ["China filed a complaint with the World Trade Organization over Canada's surtax on electric vehicles.", [['CHN', 'CAN', '114']]],
  ['Kenya filed a complaint with the African Union.', [['KEN', 'IGOAFRAFU', '114']]],
  // naming a deed with a word of censure is criticism; a call to someone is a telephone call
  ["Japan called China's missile test unacceptable.", [['JPN', 'CHN', '111']]],
  ['Kenya called the Ugandan president on Monday.', [['KEN', 'UGAGOV', '041']]],
  // a speaker's judgment of "the <deed>" reported before is aimed at the deed's doer (a sea after "over" is where)
  ['A Chinese fighter jet released flares near an Australian aircraft over the South China Sea, the Australian defence minister said, calling the interception dangerous.', [['AUSGOV', 'CHNMIL', '111'], ['CHNMIL', 'AUSMIL', '150']]],
  // ... and, when the speaker's own state did the deed, at its target; a portfolio ministry with no country is the
  // latest state's
  ["China filed a complaint with the WTO over Canada's surtax, the commerce ministry said, calling the measure an act of protectionism.", [['CHN', 'CAN', '114'], ['CHNGOV', 'CAN', '111']]],
  // an accusation restated after a comma is what a denial answers; a claim confirmed is no answer to the accuser
  ['Moscow accused Britain of helping Ukraine, a charge London dismissed as baseless.', [['GBR', 'RUS', '016'], ['RUS', 'GBR', '112']]],
  ['Moscow accused Britain of helping Ukraine, a claim that experts confirmed.', [['RUS', 'GBR', '112']]],
  // a verb joined by "and" to an appeal's or an agreement's infinitive is appealed for or agreed too, not done
  // the one asked to act, written before "to V", is the infinitive's subject: an actor in the asking verb's phrase
  // ("called on X to V"), or a noun phrase that names no actor ("urged both sides to V"), which leaves the appeal with
  // no target rather than one taken from the infinitive's phrases
  ['Germany urged both sides to allow aid into Gaza.', [['DEU', '', '0255']]],
  ['Egypt called on the warring parties to open the crossings into Gaza.', [['EGY', '', '0256']]],
  ['Germany urged Israel to allow more aid into Gaza.', [['DEU', 'ISR', '0255']]],
  ['The European Union praised Ghana\'s vote and urged the candidates to settle disputes in court.', [['IGOEUREEC', 'GHA', '027'], ['IGOEUREEC', 'GHA', '051']]],
  ['Ecuadorian police forced their way into the embassy in Quito to arrest a former minister.', [['ECUCOP', 'ECUELI', '173']]],
  ['Russia used drones to attack Kyiv.', [['RUS', 'UKR', '1952']]],
  ['Kenya urged Uganda to release the hostages and end the blockade of Somalia.', [['KEN', 'UGA', '0253']]],
  ['Kenya agreed to restore relations and reopen its embassy in Uganda.', [['KEN', 'UGAGOV', '032']]],
  // the comma that closes a sentence's opening phrase joins no list: the place in the opener is no subject; a list
  // inside the opener, ended by its own comma, stays one
  ['In a statement issued in Nairobi, Uganda and Somalia condemned Ethiopia.', [['SOM', 'ETH', '111'], ['UGA', 'ETH', '111']]],
  ['Speaking in Nairobi, Uganda and Somalia condemned Ethiopia.', [['SOM', 'ETH', '111'], ['UGA', 'ETH', '111']]],
  ['After meeting Kenya, Uganda and Somalia, Ethiopia condemned Eritrea.', [['ETH', 'ERI', '111'], ['ETH', 'KEN', '040'], ['ETH', 'SOM', '040'], ['ETH', 'UGA', '040']]],
  // "unless" opens a condition, whose subject is no phrase of the clause before: a threat with no other target is aimed at it
  ['Kenyan farmers threatened to hold a general strike unless Uganda lifted its tariffs.', [['KENAGR', 'UGA', '133']]],
  ['Kenya threatened to recall its ambassador unless Uganda released the journalists.', [['KEN', 'UGA', '1313']]],
  // a refusal takes the 12x child of what it refuses: release 1243, sanctions 1244, military aid 1222, peacekeepers 1224
  ['Kenya will not release the Ugandan prisoners.', [['KEN', 'UGACVL', '1243']]],
  ['Kenya would not lift its sanctions on Uganda.', [['KEN', 'UGA', '1244']]],
  ['Germany will not send weapons to Ukraine.', [['DEU', 'UKR', '1222']]],
  ['Kenya will not send peacekeepers to Somalia.', [['KEN', 'SOM', '1224']]],
  // ... but a refusal to be lifted "unless" the other side acts is conditional, not asserted; one that holds "if"
  // something happens is still a refusal (as in the CAMEO manual)
  ['Kenya will not release the prisoners unless Uganda pays compensation.', []],
  ['Kenya will not release the prisoners if Uganda closes the border.', [['KEN', 'KENCVL', '1243']]],
  // a weapon naming an attack is no doer when a possessive before the noun phrase names one; alone it stays the doer
  ["Germany condemned Iran's missile and drone attack on Israel.", [['DEU', 'IRN', '111'], ['IRN', 'ISR', '1952']]],
  ["Iran's president condemned the drone attack on Israel.", [['---MIL', 'ISR', '1952'], ['IRNGOV', 'ISR', '111']]],
  // a means of attack is not placed by the one country named after it, where it struck; one named before it places it
  ['A drone attack on Kyiv killed ten people.', [['---MIL', 'UKRCVL', '1952']]],
  ['In Syria, an air strike killed five rebels.', [['SYRMIL', 'SYRREB', '195']]],
  // military advisers expelled are individuals sent away (174); troops expelled are driven out by force (190)
  ['Mali expelled French military advisers.', [['MLI', 'FRAMILGOV', '174']]],
  ['Ukrainian forces expelled Russian troops.', [['UKRMIL', 'RUSMIL', '190']]],
  // ... while a statement's "that" clause, after a word of time, reports what happened
  ['Kenya said on Friday that Uganda released the hostages.', [['UGA', '---CVL', '0841']]],
  // a gerund after "without" is the doer's and did not happen; the act it goes with did
  ['Hungary signed the agreement with Serbia without consulting the European Union.', [['HUN', 'SRB', '057']]],
  // a reaction to the deed in "in a move that X condemned", and to a deed noun with a phrase of things, is aimed at
  // the doer of the main clause
  ['Britain and Canada recognised Palestine in a coordinated move that Israel condemned.', [['CAN', 'PSE', '054'], ['GBR', 'PSE', '054'], ['ISR', 'CAN', '111'], ['ISR', 'GBR', '111']]],
  ['Kenya deployed police to Haiti in an operation against gangs that Uganda praised.', [['KEN', 'HTI', '153'], ['UGA', 'KEN', '051']]],
  // a truce declared with no other side named: a government's or an armed group's is made with its own country, a
  // state's alone at no one in particular
  ["Myanmar's junta declared a temporary ceasefire on Wednesday.", [['MMRGOV', 'MMR', '0871']]],
  ['Russia declared a ceasefire for Easter.', [['RUS', '', '0871']]],
  // an -ed verb after "military" read as an adjective is the verb
  ["China's military encircled Taiwan with warships.", [['CHNMIL', 'TWN', '191']]],
  // the victim of a deed in a cause phrase ("retaliating for a strike on X") is not the target of the violent act
  ['Iran launched drones at Israel, retaliating for a strike on its consulate in Damascus.', [['IRN', 'ISR', '1952']]],
  // the agents of a passive cooperative act still deal with each other
  ['A peace deal was signed by Armenia and Azerbaijan.', [['ARM', 'AZE', '057'], ['AZE', 'ARM', '057']]],
  // what a compound breaks with after a particle is a thing, not each other; "each other" still is
  ['Britain, Canada and Australia recognised Palestine, breaking with decades of policy.', [['AUS', 'PSE', '054'], ['CAN', 'PSE', '054'], ['GBR', 'PSE', '054']]],
  ['Britain and France broke with each other.', [['FRA', 'GBR', '161'], ['GBR', 'FRA', '161']]],
  // a warning aimed at no one else is aimed at whom its condition is about, if the condition is the warner's own
  ['China warned on Monday that it would take countermeasures if the Philippines went ahead with the deployment.', [['CHN', 'PHL', '130']]],
  // firms added to an export control, entity or sanctions list are sanctioned; a site added to a heritage list is not
  ['China added 28 U.S. entities, most of them defence contractors, to its export control list.', [['CHN', 'USA', '163']]],
  ['Washington added two Russian banks to its sanctions list.', [['USA', 'RUSBUS', '163']]],
  ['UNESCO added the Ugandan site to its World Heritage list.', [['IGOUNOEDU', 'UGA', '010']]],
  // cyber attacks carried out (plural too) are cybernetic; other attacks are force
  ['Russia carried out cyber attacks on Polish hospitals.', [['RUS', 'POLHLH', '176']]],
  ['Russia carried out attacks on Polish hospitals.', [['RUS', 'POLHLH', '190']]],
  // leaving a cooperation initiative reduces relations; a multi-word verb reaches over a name of several words
  ["Italy left China's Belt and Road Initiative.", [['ITA', 'CHN', '160']]],
  // "the agency", "the lender" is the international body named before (not a news agency with none before)
  ["Iran suspended cooperation with the International Atomic Energy Agency, barring the agency's inspectors.", [['IRN', 'IGOUNOIAE', '1245'], ['IRN', 'IGOUNOIAE', '161']]],
  ["Iran's Fars news agency said the agency had been hacked.", []],
  // a group with no country is, for the event, the members named as its examples
  ["Xi Jinping hosted more than 20 world leaders, including Russia's Vladimir Putin and India's Narendra Modi.", [['CHNGOV', 'INDGOV', '043'], ['CHNGOV', 'RUSGOV', '043']]],
  ['Kenya hosted leaders of the region.', [['KEN', '---GOV', '043']]],
  // welcoming a visitor to one's own country is hosting, and the visitor's visit; refugees welcomed are no visitors
  ['Crown Prince Mohammed bin Salman welcomed President Donald Trump to Riyadh.', [['SAUGOV', 'USAGOV', '043'], ['USAGOV', 'SAUGOV', '042']]],
  ['Poland welcomed Ukrainian refugees to Warsaw.', [['POL', 'UKRREF', '051']]],
  // one's own forces sent with no place named serve whom the purpose names
  ['North Korea sent thousands of troops to fight for Russia.', [['PRK', 'RUS', '154']]],
  ['Kenya sent troops to Somalia.', [['KEN', 'SOM', '154']]],
  // ... but a state that was involved in delivering aid did it
  ['Germany was involved in delivering aid to Ukraine.', [['DEU', 'UKR', '070']]],
  // "test-fired", "test-launched" are verbs (a missile launched at no one is a show of force); other participles
  // hyphenated to a word stay adjectives
  ['Pakistan test-fired a ballistic missile.', [['PAK', '', '150']]],
  ['North Korea test-launched a cruise missile.', [['PRK', '', '150']]],
  // where at sea a missile went or came down names no one it struck (a show of force); what it was fired at, or hit
  // in a relative clause, is struck
  ["Iran test-fired a cruise missile that splashed down in the Gulf of Oman's waters.", [['IRN', '', '150']]],
  ["North Korea launched a ballistic missile that came down in waters off Japan's coast.", [['PRK', '', '150']]],
  ["North Korea fired two missiles into Japan's exclusive economic zone.", [['PRK', '', '150']]],
  ['China fired ballistic missiles into the waters near Taiwan.', [['CHN', '', '150']]],
  ['North Korea fired an ICBM toward the Sea of Japan.', [['PRK', '', '150']]],
  ['Russia launched a missile that hit a grain terminal on Ukraine\'s Black Sea coast.', [['RUS', 'UKR', '195']]],
  ["Russia fired cruise missiles at Ukraine's southern coast.", [['RUS', 'UKR', '195']]],
  ['Russia fired a missile that landed on an apartment block in Kharkiv.', [['RUS', 'UKR', '195']]],
  ['Iran launched ballistic missiles toward Israel.', [['IRN', 'ISR', '195']]],
  // a quantity before the weapon ("a barrage of", "a wave of") is no word between the verb and its weapon
  ['Russia fired a wave of cruise missiles at Kyiv.', [['RUS', 'UKR', '195']]],
  ['North Korea fired a salvo of cruise missiles into the Yellow Sea.', [['PRK', '', '150']]],
  ['Russian-backed separatists attacked Ukrainian troops.', [['UKRREB', 'UKRMIL', '190']]],
  // a sea named "the Sea of X" after "over" is where, not whom; a country after "over" is whom
  ['Two Russian Tu-95 bombers flew over the Sea of Japan.', [['RUSMIL', '', '150']]],
  ['Russian jets flew over Japan.', [['RUS', 'JPN', '150']]],
  // a ship ramming a vessel is force against property (171), not a territory seized (a collision is no deed: NOT_CODED)
  ['A Chinese coast guard ship rammed a Philippine vessel.', [['CHNMIL', 'PHL', '171']]],
  // an indefinite article before a name with a lower-case generic head still leaves its first words an actor
  ['A Chinese coast guard ship attacked a Philippine vessel.', [['CHNMIL', 'PHL', '190']]],
  ['He founded a new Democratic party in Kenya.', []],
  // a claim of another's hostile deed is the claimant's accusation, and the deed only alleged; one's own violent deed
  // claimed is the claimant's claim (015), the deed only claimed; said, it stays the reported event
  ['Kyiv claimed that Russian troops had shelled a hospital in Kherson.', [['UKR', 'RUSMIL', '112']]],
  ['Russia claimed its forces had captured the town of Kupiansk in Ukraine.', [['RUS', 'UKR', '015']]],
  ['Ethiopia claimed that its troops had attacked Eritrean positions.', [['ETH', 'ERI', '015']]],
  ['Ethiopia said its troops had attacked Eritrean positions.', [['ETHMIL', 'ERI', '190']]],
  // rejecting an accusation, a claim or a report is denying it (016); rejecting a proposal stays a rejection (120)
  ['Serbia rejected the allegations by Kosovo.', [['SRB', 'KSV', '016']]],
  ['Serbia rejected a proposal by Kosovo.', [['SRB', 'KSV', '120']]],
  // an intention inside a denied report is not asserted (NOT_CODED); reported as agreed, it is
  ['Tehran dismissed reports that Iran had agreed to meet U.S. envoys in Oman.', [['IRN', '', '016']]],
  ['Iran said it had agreed to meet U.S. envoys in Oman.', [['IRN', 'USAGOV', '036']]],
  // a relative clause on the phrase of a blamed deed is not about the one blamed (NOT_CODED)
  ['Kenya blamed Uganda for an attack on a market that killed ten people.', [['KEN', 'UGA', '1123']]],
  // a denial in a relative clause on a noun of accusation answers the accuser
  ['Sudan accused Chad of arming the rebels, a charge Ndjamena denied.', [['SDN', 'TCD', '112'], ['TCD', 'SDN', '016']]],
  ['Sudan accused Chad of arming the rebels, a charge Khartoum later withdrew.', [['SDN', 'TCD', '112']]],
  // a quotation opened inside the verb group leaves its modal outside: the act is still to come, the threat asserted
  ['China said its army would “resolutely crush” separatists in Taiwan.', [['CHNMIL', 'TWNREB', '137']]],
  // quoting someone as saying is no statement to them: the quoted speaker's words are the event
  ['State media quoted the Iranian foreign minister as saying Tehran had expelled a German diplomat.', [['IRN', 'DEUGOV', '161']]],
  ['State media quoted the Iranian foreign minister as saying.', []],
  // speaking to reporters is no consultation; speaking to a leader is
  ['Speaking to reporters in Brussels, the German chancellor criticised Hungary.', [['DEUGOV', 'HUN', '111']]],
  ['The German chancellor spoke to the Hungarian prime minister.', [['DEUGOV', 'HUNGOV', '040']]],
  // "the country" in a phrase of its clause is not that clause's subject; a reported clause's subject may be
  ["Venezuela protested after Washington announced new sanctions on the country's oil sector.", [['USA', 'VEN', '163'], ['VEN', 'USA', '114']]],
  ['Germany said the country would send more tanks to Ukraine.', [['DEU', 'UKR', '0332']]],
  // an irregular past before "down"/"dead" is the verb after an auxiliary too
  ['Polish officials said their air defences had shot down two Russian drones.', [['POLMIL', 'RUSMIL', '190']]],
  // a pronoun opening the clause of a possessor's statement noun is the possessor; without one, the usual subject
  ["Georgia welcomed Russia's announcement that it had released two Georgian citizens.", [['GEO', 'RUS', '051'], ['RUS', 'GEOCVL', '084']]],
  ['Georgia welcomed the announcement that it had released two Russian citizens.', [['GEO', 'RUSCVL', '084']]],
  // an operation launched into another's territory is force; still to come, its threat is asserted (NOT_CODED)
  ['Turkey will launch a new operation into northern Syria.', [['TUR', 'SYR', '138']]],
  ['Turkey launched a new operation into northern Syria.', [['TUR', 'SYR', '190']]],
  // an investigation is complete without naming whom it investigates (not one refused)
  ['Ukraine opened a war crimes investigation.', [['UKR', '', '090']]],
  // a rejection or criticism of a state institution's act that names no one is aimed at the critic's own country (the
  // results, a verdict, a bill or a budget are its country's), in the passive too; one that names another's keeps it
  ["Kenya's opposition rejected the election results.", [['KENOPP', 'KEN', '120']]],
  ['Protesters in Georgia denounced the verdict.', [['GEOCVL', 'GEO', '111']]],
  ['Pakistani opposition parties criticised the budget.', [['PAKOPP', 'PAK', '111']]],
  ['Kenyan lawmakers rejected the finance bill.', [['KENLEG', 'KEN', '120']]],
  ['Tunisian judges denounced the presidential decree.', [['TUNJUD', 'TUN', '111']]],
  ['The opposition in Mozambique challenged the outcome of the election.', [['MOZOPP', 'MOZ', '110']]],
  ['The election results were rejected by the Kenyan opposition.', [['KENOPP', 'KEN', '120']]],
  ['Kenyan opposition leaders rejected the election results in Uganda.', [['KENOPP', 'UGA', '120']]],
  // ... and so does a refusal to accept or recognise them
  ["Georgia's opposition refused to recognise the results of the parliamentary election.", [['GEOOPP', 'GEO', '120']]],
  ['Venezuelan opposition leaders refused to recognize the official results.', [['VENOPP', 'VEN', '120']]],
  // a passive with no BY phrase was done by whoever ordered it ("on the orders of X", "on orders from X", "on the
  // instructions of X"); a rank or honorific before a known name is part of its mention, so "by General X" is a BY phrase
  ['Ten activists were detained in Kampala on the orders of Uganda\'s interior minister.', [['UGAGOV', 'UGACVL', '173']]],
  ["Five journalists were arrested on the orders of Burundi's president.", [['BDIGOV', 'BDIMED', '173']]],
  ['Dozens of protesters in Uganda were detained on orders from the police chief.', [['UGACOP', 'UGACVL', '173']]],
  ['Hundreds of Eritrean migrants were deported on the instructions of the Egyptian government.', [['EGYGOV', 'ERIREF', '174']]],
  ['Opposition parties in Niger were dissolved under a decree signed by General Tiani.', [['NERGOV', 'NEROPP', '1722']]],
  ["Kenya's foreign minister met with Gen. Abdourahamane Tiani in Niamey.", [['KENGOV', 'NERGOV', '040']]],
  // a mutiny is a forceful protest (145; against a leader 1451), not a coup or looting; pardons, commutations and
  // amnesties or clemency for prisoners release persons (0841)
  ['Soldiers in Burkina Faso mutinied on Sunday.', [['BFAMIL', '', '145']]],
  ['Kenyan soldiers staged a mutiny over pay.', [['KENMIL', '', '145']]],
  ['Soldiers mutinied against President Rajoelina in Madagascar.', [['MDGMIL', 'MDGGOV', '1451']]],
  ["Iran's supreme leader commuted the death sentences of three protesters.", [['IRNGOV', 'IRNCVL', '0841']]],
  ['A Vietnamese court commuted the sentence of the activist.', [['VNMJUD', 'VNMCVL', '0841']]],
  ["Kenya's president granted amnesty to 3,000 prisoners.", [['KENGOV', 'KENCVL', '0841']]],
  ["Kenya's president granted clemency to 200 prisoners.", [['KENGOV', 'KENCVL', '0841']]],
  ["Tunisia's president pardoned 500 prisoners.", [['TUNGOV', 'TUNCVL', '0841']]],
  // sending people to prison jails them (173), and a pledge to do it is a threat of repression (137), no promise of aid;
  // aid or inspectors sent to a prison keep their own sense
  ['A Kenyan court sent the opposition leader to prison for ten years.', [['KENJUD', 'KENOPP', '173']]],
  ["Myanmar's junta vowed to send opposition leaders to prison.", [['MMRGOV', 'MMROPP', '137']]],
  ['The UN sent inspectors to the prison in Nairobi.', [['IGOUNO', 'KEN', '090']]],
  ['Nigeria pledged to send food to prisons in Niger.', [['NGA', 'NER', '033']]],
  // a promise not to do a cooperative act is the refusal of it; the promise to do it is the intention
  ['Ethiopia vowed not to return the captured territory to Eritrea.', [['ETH', 'ERI', '1243']]],
  ['Ethiopia vowed to return the captured territory to Eritrea.', [['ETH', 'ERI', '0353']]],
  ['Sudan pledged never to release the rebel commanders.', [['SDN', '---REB', '1243']]],
  ['Brazil promised not to lift its sanctions on Venezuela.', [['BRA', 'VEN', '1244']]],
  ['Uganda agreed not to hold talks with the rebels.', [['UGA', '---REB', '125']]],
  // ... while a promise not to do a hostile act stays a promise
  ['Turkey promised not to attack Kurdish forces in Syria.', [['TUR', 'SYRMIL', '030']]],
  // "their" after a compound stands for each member: its own troops, or (interacting) the other's embassy or envoy
  ['Saudi Arabia and Iran reopened their embassies.', [['IRN', 'SAUGOV', '054'], ['SAU', 'IRNGOV', '054']]],
  ['Kenya and Uganda recalled their ambassadors.', [['KEN', 'UGAGOV', '161'], ['UGA', 'KENGOV', '161']]],
  ['Kenya and Uganda deployed their troops to Somalia.', [['KEN', 'SOM', '154'], ['UGA', 'SOM', '154']]],
  // (troops pulled back are no target of the retreat: a compound pulling back its own forces retreats from each other)
  ['Ethiopia and Eritrea withdrew their troops from the border.', [['ERI', 'ETH', '0874'], ['ETH', 'ERI', '0874']]],
  ['Kenya and Uganda deployed their troops.', [['KEN', 'KENMIL', '154'], ['UGA', 'UGAMIL', '154']]],
  // a protest at a state's embassy or consulate is aimed at that state, not at the country where it is held; its people
  // are placed by where it is held, the mission's country aside
  ['Students protested outside the US embassy in Jakarta.', [['IDNEDU', 'USAGOV', '141']]],
  ['Demonstrators marched to the Russian consulate in Istanbul.', [['TURCVL', 'RUSGOV', '141']]],
  ['Protesters rallied in London.', [['GBRCVL', 'GBR', '141']]],
  // a meeting's place in the subject's own country is where, not whom; a foreign one is still the other side
  ['US officials met in Beijing.', [['USAGOV', 'CHN', '040']]],
  ['Kenyan and Ugandan ministers met in Kampala.', [['KENGOV', 'UGAGOV', '040'], ['UGAGOV', 'KENGOV', '040']]],
  // talks of two parties about a thing that a third country's name only modifies are with each other, and so are their
  // talks on a third country; one party's talks on a country are still with it
  ['Chile and Peru resumed negotiations on Monday on a Peruvian troop withdrawal from the border.', [['CHL', 'PER', '046'], ['PER', 'CHL', '046']]],
  ['Chile and Peru held talks on Bolivia.', [['CHL', 'PER', '040'], ['PER', 'CHL', '040']]],
  ['Chile held talks on Bolivia.', [['CHL', 'BOL', '040']]],
  // a violent act whose doer is not named: a weapon's noun with a phrase of place or time after it, or a weapon named by
  // the passive's BY phrase (a named planter behind it stays the doer; a storm, a truck or a port is no weapon)
  ['A car bomb in a crowded market killed four Afghan policemen.', [['', 'AFGCOP', '183']]],
  ['A roadside bomb on Tuesday killed two Malian soldiers.', [['', 'MLIMIL', '1833']]],
  ['Three Nigerien soldiers were killed by a landmine near the border.', [['', 'NERMIL', '1833']]],
  ['Five Somali policemen were wounded by an improvised explosive device in Mogadishu.', [['', 'SOMCOP', '1833']]],
  ['Two Malian soldiers were killed by a bomb planted by jihadists.', [['MLIINS', 'MLIMIL', '183']]],
  ['A storm in the north killed four Malian soldiers.', []],
  ['Two Malian soldiers were killed by a truck on the highway.', []],
  // a state's forces named with the act they did ("Russian shelling") in a passive's phrase are its doer, not its place
  ['Four fishermen were killed in Russian shelling near Kherson.', [['RUSMIL', 'UKRAGR', '194']]],
  ['Four fishermen were killed in a Russian port on Tuesday.', [['', 'RUSAGR', '1823']]],
  // casualties after a passive attack are its doer's (the BY phrase), not its victims'; other adjuncts keep the subject
  ['A market in Goma was shelled by rebels on Monday, killing twelve people.', [['CODREB', 'CODCVL', '194']]],
  ['A camp for Sudanese refugees was attacked by Chadian militiamen, killing at least thirty people.', [['TCDUAF', 'SDNCVL', '1823'], ['TCDUAF', 'SDNREF', '190']]],
  ['The Kenyan ambassador was expelled by Somalia on Monday, becoming the second envoy to leave.', [['SOM', 'KENGOV', '161']]],
  // a participle with BY after a comma describes the noun before the comma; after an actor it is a passive about it
  ['Police detained an Ecuadorian activist, accused by Peru of spying.', [['---COP', 'ECUCVL', '173'], ['PER', 'ECUCVL', '1125']]],
  // a sum of money ("$250 million", "€50 million") is economic aid; donors who pledge or give it together do not give
  // it to each other; a body glued by a hyphen to a participle of running or paying ("a World Bank-administered fund")
  // is no partner, while an owner ("a Greek-owned tanker") still names whose thing it was
  ['Japan pledged $500 million to Kenya.', [['JPN', 'KEN', '0331']]],
  ['Qatar gave €50 million to Syria.', [['QAT', 'SYR', '071']]],
  ['Britain and Norway pledged $250 million.', [['GBR', '', '0331'], ['NOR', '', '0331']]],
  ['Britain, Norway and the Netherlands pledged a combined $250 million for a World Bank-administered fund to rebuild southern Lebanon.', [['GBR', 'LBN', '0331'], ['NLD', 'LBN', '0331'], ['NOR', 'LBN', '0331']]],
  ['Iran seized a Greek-owned tanker.', [['IRN', 'GRC', '1711']]],
  ['Britain and Norway pledged to cooperate.', [['GBR', 'NOR', '031'], ['NOR', 'GBR', '031']]],
  // a compound's agreement signed "during a visit by X" is with each other: the visit in a phrase of time is when, even
  // after the agreement's own noun
  ['India and Britain signed a trade agreement during a visit by Narendra Modi.', [['GBR', 'IND', '057'], ['IND', 'GBR', '057']]],
  // a demand or call made again is the demand or call, its that-clause or infinitive what is asked; a position restated,
  // or a fact pointed out, is no act of its own
  ['The African Union reiterated its demand that Sudan ease restrictions on aid workers.', [['IGOAFRAFU', 'SDN', '1055']]],
  ['Kenya insisted on its demand that Uganda withdraw its troops.', [['KEN', 'UGA', '1056']]],
  ['Kenya renewed its call for Uganda to withdraw its troops.', [['KEN', 'UGA', '0256']]],
  ['Kenya repeated its call for calm.', [['KEN', '', '0256']]],
  ['Kenya reiterated its position on Uganda.', []],
  ['Kenya pointed out that Uganda had withdrawn its troops.', [['UGA', '', '0874']]],
  // a verb written with a hyphen after "re-" is the joined verb ("re-opened" is "reopened"); one with no event stays none
  ['Ethiopia re-opened its border with Eritrea.', [['ETH', 'ERI', '085']]],
  ['Israel re-imposed a blockade on Gaza.', [['ISR', 'PSE', '163']]],
  ['Kenya re-elected its president.', []],
  // saying someone was behind a hostile deed accuses them of it; behind anything else, or denied, it does not
  ['Kenya said Uganda was behind the attack on its embassy.', [['KEN', 'UGA', '1123']]],
  ['Kenya says Ugandan agents were behind the assassination.', [['KEN', 'UGASPY', '112']]],
  ['Kenya said Uganda was behind the peace deal.', [['KEN', 'UGA', '010']]],
  ['Uganda said it was not behind the attacks.', []],
  // swearing to do something is vowing it (the intention is the infinitive's, as for "vowed"); swearing in is no promise
  ['Somali rebels swore to attack Kenya.', [['SOMREB', 'KEN', '138']]],
  ["Kenya's president swore in a new cabinet on Monday.", []],
  // relieving another's debt is economic aid (071): written off, paid off for them, rolled over (RELIEVE_DEBT)
  ["Saudi Arabia paid off Syria's arrears to the World Bank.", [['SAU', 'SYR', '071']]],
  ["China has written off Ethiopia's debt.", [['CHN', 'ETH', '071']]],
  ['Saudi Arabia rolled over a $3 billion deposit for Pakistan.', [['SAU', 'PAK', '071']]],
  // an asset freeze is a sanction (163); with holders of no country it is imposed all the same
  ['Britain froze the assets of Russian banks.', [['GBR', 'RUSBUS', '163']]],
  ['The European Union froze the assets of 21 individuals.', [['IGOEUREEC', '', '163']]],
  // aid "to help V X" is for X: a bare infinitive after "help" is the act helped (an endorsed plan is not aid)
  ["The World Bank approved a $146 million grant to help restore Syria's electricity grid.", [['IGOUNODEVWBK', 'SYR', '071']]],
  ['Japan approved a plan to help rebuild Gaza.', []],
  // the economic arms of a state (actors/economy.txt): national energy companies, central banks, aid agencies
  ['Gazprom halted gas deliveries to Moldova.', [['RUSBUS', 'MDA', '160']]],
  ['USAID suspended aid to Sudan.', [['USAGOV', 'SDN', '162']]],
  ['Aramco signed a deal with Sinopec.', [['SAUBUS', 'CHNBUS', '057']]],
  // setting up or renewing an economic arrangement with a partner is economic cooperation (SET_UP_ECONOMIC)
  ["The People's Bank of China and Brazil's central bank renewed a currency swap line.", [['BRABUS', 'CHNBUS', '061'], ['CHNBUS', 'BRABUS', '061']]],
  ['China and Russia set up a joint venture.', [['CHN', 'RUS', '061'], ['RUS', 'CHN', '061']]],
  // widening or expanding curbs on trade or export controls imposes more of them (RAISE_MEASURE)
  ['Washington widened its curbs on sales of advanced chips to Chinese companies.', [['USA', 'CHNBUS', '163']]],
  ['The United States expanded export controls on China.', [['USA', 'CHN', '163']]],
  // a gerund after a word of time ("after", "before", "upon", "when", "while", "since") is done by the doer of the
  // clause it follows, not by its object nor by an actor in a phrase of its object; a finite clause after "when" keeps
  // its own subject
  ['Kenya expelled the Russian ambassador after accusing Moscow of spying.', [['KEN', 'RUS', '112'], ['KEN', 'RUSGOV', '161']]],
  ['Kenya closed the office of a Ugandan charity when accusing Kampala of spying.', [['KEN', 'NGOUGA', '1663'], ['KEN', 'UGA', '112']]],
  ['Kenya closed the office of a Ugandan charity when Kampala accused Nairobi of spying.', [['KEN', 'UGA', '1663'], ['UGA', 'KEN', '112']]],
  // halting the giving of aid ("stopped sending weapons", "halted providing loans") reduces that aid (162x); halting
  // another act, or not halting, is no reduction
  ['The United States stopped sending weapons to Ukraine.', [['USA', 'UKR', '1622']]],
  ['Britain halted providing loans to Kenya.', [['GBR', 'KEN', '1621']]],
  ['The United States did not stop sending weapons to Ukraine.', []],
  // looting trucks, convoys, warehouses or aid takes their owner's property (1711); looting shops in a riot is 145
  ["Armed gangs looted 97 of UNRWA's trucks.", [['---CRM', 'IGOUNOREF', '1711']]],
  ['Gunmen looted a WFP warehouse in Darfur.', [['SDNREB', 'IGOUNOWFP', '1711']]],
  ['Protesters looted shops in Maputo.', [['MOZCVL', 'MOZ', '145']]],
  // a list of bare nouns after "of" ("of gallium, germanium and antimony") does not end the verb's phrases at its commas;
  // a participle after a comma still does
  ['China banned exports of gallium, germanium and antimony to the United States.', [['CHN', 'USA', '163']]],
  ['Russia sent shipments of food, medicine and tents to Gaza.', [['RUS', 'PSE', '073']]],
  ['Israel struck depots, killing 12 people.', [['ISR', '---CVL', '195']]],
  // a possessor before a name ("through Egypt's El Arish port") is in the name's phrase: the name is no object
  ["Turkey sent 16 ships to Gaza through Egypt's El Arish port.", [['TUR', 'PSE', '070']]],
  ["Britain praised Kenya's Ruto.", [['GBR', 'KENGOV', '051']]],
  // damaging property is 1712 (DESTROY); a drone that damages it is a drone strike; a storm is no actor
  ["A Ukrainian drone strike damaged a pumping station in Russia's Bryansk region.", [['UKRMIL', 'RUS', '1952']]],
  ['Ukraine damaged a refinery in Russia.', [['UKR', 'RUS', '1712']]],
  ['The storm damaged homes in Florida.', []],
  // a body's staff with adjectives before the noun ("its international staff") are still its own people
  ['Police raided MSF and detained its international staff.', [['---COP', 'NGOHLHMSF', '173']]],
  // a light verb's investment fund or swap line is the economic cooperation it sets up; a fund that owns is no event
  ['The United States and Ukraine launched a joint reconstruction investment fund.', [['UKR', 'USA', '061'], ['USA', 'UKR', '061']]],
  ["Norway's investment fund sold shares in Israeli firms.", []],
  // an appositive whose noun has a demonym or a possessor renames the subject before it: the ally is that country
  ['Peru, a close American ally in the region, has refused to send troops to Haiti.', [['PER', '---MIL', '120']]],
  ["Kenya, Uganda's eastern neighbour, has refused to send troops to Somalia.", [['KEN', '---MIL', '120']]],
  // ... with no name before it, the demonym's country is the doer
  ['A close American ally in the region has refused to send troops to Haiti.', [['USA', '---MIL', '120']]],
  // the BY phrase of an active verb's subject noun names its doer ("a report by X alleged", "attacks by Y killed");
  // an agent phrase of a participle before the verb does not
  ['A report by Amnesty International alleged that Rwanda armed the rebels.', [['NGOHRIAMN', 'RWA', '112']]],
  ['Attacks by rebels killed ten soldiers in Mali.', [['MLIREB', 'MLIMIL', '190']]],
  // weapon words listed before "fire" modify it: no artillery unit is the object, and the fire is the subject's
  ['Israeli troops launched artillery, mortar and rocket fire against Hezbollah positions.', [['ISRMIL', 'LBNREBHEZ', '194']]],
  ['Israeli troops launched tank and artillery fire on Hezbollah positions.', [['ISRMIL', 'LBNREBHEZ', '194']]],
  // the other party of relations in a phrase of topic is talked about, not talked to; one named outside it still is
  ['The Kenyan president spoke with the Ugandan leader about relations with Ethiopia.', [['KENGOV', 'UGAGOV', '040']]],
  ['Kenya restored diplomatic relations with Uganda.', [['KEN', 'UGA', '054']]],
  // agreeing that one's own side should do something is the intention to do it, not a demand on oneself; agreeing
  // that another should is still a demand of it
  ['Kenya and Tanzania agreed that their countries should cooperate on fishing.', [['KEN', 'TZA', '031'], ['TZA', 'KEN', '031']]],
  ['Kenya and Tanzania agreed that they must cooperate on fishing.', [['KEN', 'TZA', '031'], ['TZA', 'KEN', '031']]],
  // a state's coercion of a distinct person or body with its own code is an event (cooperation with oneself is not:
  // NOT_CODED)
  ['Chinese authorities detained a former defence minister.', [['CHNGOV', 'CHNGOV', '173']]],
  ["Egypt's government jailed the governor of Giza.", [['EGYGOV', 'EGYGOV', '173']]],
  ['Vietnamese authorities arrested a deputy prime minister on Monday.', [['VNMGOV', 'VNMGOV', '173']]],
  ['Vietnamese authorities said they had detained a deputy prime minister.', [['VNMGOV', 'VNMGOV', '173']]],
  // a reaction to a deed named by a noun of sending is aimed at the owner of what is sent (or a BY phrase), not at
  // where it goes
  ['Caracas condemned the dispatch of U.S. destroyers to the Caribbean.', [['VEN', 'USAMIL', '111']]],
  ['Moscow criticised the transfer of German tanks to Ukraine.', [['RUS', 'DEUMIL', '111']]],
  ['Beijing condemned the sale of fighter jets to Taiwan by the United States.', [['CHN', 'USA', '111']]],
  ['Tehran denounced the planned deployment of British warships to the Gulf.', [['IRN', 'GBRMIL', '111']]],
  // ... with no owner named, where it goes is still the target
  ['Pyongyang condemned the shipment of weapons to Seoul.', [['PRK', 'KOR', '111']]],
  // "he", "his", "her" name a person, a titled role included, never a state; a person's visa or assets stand for
  // the person; a thing given after a named object ("gave the ambassador three days") keeps its no-event sense
  // (the recall of his own ambassador after Washington's deed is aimed at the United States)
  ["Colombia's president recalled his ambassador after Washington revoked his visa.", [['COLGOV', 'USA', '161'], ['USA', 'COLGOV', '172']]],
  ["Nigeria's president said Washington had revoked his visa.", [['USA', 'NGAGOV', '172']]],
  ['The Brazilian president said the United States had frozen her assets.', [['USA', 'BRAGOV', '163']]],
  ['Mali gave the French ambassador three days to leave.', []],
  // ... and one named by office alone gives way to one named by name in the same sentence
  ["Iran's supreme leader ordered a strike over the killing of Haniyeh, hours after Hamas said he had been assassinated.", [['', 'PSEREBHMS', '186'], ['IRNGOV', 'PSEREBHMS', '100']]],
  // the FOR phrase of a verb of serving names the employer: no country for the person or the court
  ['Iran executed a man convicted of spying for Israel.', [['IRN', '---CVL', '1823']]],
  ['Police arrested a journalist accused of working for the CIA.', [['---COP', '---MED', '173']]],
  ['A court in Tehran sentenced a woman accused of spying for Britain to ten years in prison.', [['IRNJUD', 'IRNCVL', '173']]],
  // approving one's own plan endorses no one, and what the plan would do is not asserted
  ['The Israeli cabinet approved a plan to take control of Gaza City.', []],
  ['The Kenyan cabinet approved a plan to send troops to Haiti.', []],
  // a decision to prolong a measure in force is the measure (163), not a threat of it
  ['The European Union agreed to extend its sanctions on Russia.', [['IGOEUREEC', 'RUS', '163']]],
  ['Japan agreed on Friday to extend its sanctions on North Korea.', [['JPN', 'PRK', '163']]],
  // the addressee of "called on X to", "appealed to X to" is the infinitive's subject, and what it is asked to do,
  // through nested infinitives, is asked for, not done
  ['Merkel called on China to use its influence over Moscow to help end the war.', [['DEUELI', 'CHN', '020']]],
  ['France appealed to Iran to free the French hostages.', [['FRA', 'IRN', '0253']]],
  // a place named by a preposition of where is no partner in cooperation; a protest there is aimed at it
  ['Kenyan and Ugandan ministers met near the border.', [['KENGOV', 'UGAGOV', '040'], ['UGAGOV', 'KENGOV', '040']]],
  ['Thousands of students rallied outside the U.S. embassy in Nairobi.', [['KENEDU', 'USAGOV', '141']]],
  // a particle that heads words of the verb's own may follow its object ("put its army on alert"); an adjective before
  // the pattern's noun does not stretch it out of reach ("fired a new intercontinental ballistic missile")
  ['Greece put its navy on high alert.', [['GRC', 'GRCMIL', '152']]],
  ['Iran test-fired a new medium-range ballistic missile.', [['IRN', '', '150']]],
  // forces put on alert or sent somewhere with no doer named show their own country's posture
  ['The Greek navy was placed on alert on Sunday.', [['GRCMIL', '', '152']]],
  ['Turkish troops were deployed along the border.', [['TURMIL', '', '154']]],
  // stepped-up patrols show force; conscription (re)introduced mobilises
  ['Japan stepped up patrols near the Senkaku Islands.', [['JPN', '', '150']]],
  ['Latvia reintroduced conscription in 2023.', [['LVA', '', '154']]],
  // joint drills around a place with no partner named, and forces sent close to one, show force aimed at it
  ['China held joint drills around Taiwan.', [['CHN', 'TWN', '150']]],
  ['China sent warships close to Japan.', [['CHN', 'JPN', '150']]],
  // a recall or withdrawal of one's own envoys or forces "after" another state's deed is aimed at that state; the
  // doer's own country in the "after" clause is no other party
  ['Kenya recalled its ambassador after Uganda expelled two Kenyan diplomats.', [['KEN', 'UGA', '161'], ['UGA', 'KENGOV', '161']]],
  ['Uganda withdrew its troops after Kenya complained.', [['UGA', 'KEN', '0874']]],
  // ... and "its troops from Ukraine" are the doer's, withdrawn from Ukraine (troops from a country with no possessive
  // are that country's)
  ['Russia withdrew its troops from Ukraine.', [['RUS', 'UKR', '0874']]],
  ['Troops from Ukraine arrived in Poland.', [['UKRMIL', 'POL', '154']]],
  ['Kenya recalled its ambassador after Kenyan police arrested a Ugandan journalist.', [['KEN', 'KENGOV', '161'], ['KENCOP', 'UGAMED', '173']]],
  // a state or an international body protesting complains officially (114); crowds demonstrate (14x)
  ['Beijing protested the sale of jets to Taiwan.', [['CHN', 'TWN', '114']]],
  ['The European Union protested the arrest of Kenyan opposition leaders.', [['IGOEUREEC', 'KENOPP', '114']]],
  ['Thousands of people protested against the government in Caracas.', [['VENCVL', 'VENGOV', '1411']]],
  ['Thousands of Kenyans protested against the government in Nairobi.', [['KEN', 'KENGOV', '1411']]],
  // an embassy or consulate names the country it represents, not where the people near it are
  ['Demonstrators rallied near the U.S. embassy.', [['---CVL', 'USAGOV', '141']]],
  ['Farmers protested outside the French embassy.', [['---AGR', 'FRAGOV', '141']]],
  ['Demonstrators rallied in Washington.', [['USACVL', 'USA', '141']]],
  // a state force with no country in a compound with a named armed group of the sentence's country is not placed by
  // it; beside a bare role ("Houthi rebels") or a plain "rebels" it is
  ['The army and Hamas clashed in Gaza.', [['---MIL', 'PSEREBHMS', '193'], ['PSEREBHMS', '---MIL', '193']]],
  ['Soldiers and Houthi rebels clashed near Marib.', [['YEMMIL', 'YEMREB', '193'], ['YEMREB', 'YEMMIL', '193']]],
  ['Troops and rebels clashed in Mali.', [['MLIMIL', 'MLIREB', '193'], ['MLIREB', 'MLIMIL', '193']]],
  // a past form after "and" does not share the modal or negation of a bare verb before it: it joins the verb of saying
  // above that clause, or stands with the subject alone
  ['Kenya said it could not accept more Somali refugees and urged donors to send food.', [['KEN', '', '0233']]],
  ['Kenya did not expel the diplomats and recalled its ambassador from Uganda.', [['KEN', 'UGA', '161']]],
  ['Kenya will not expel the diplomats or recall its ambassador from Uganda.', []],
  // a clause of time after the last "and" of a noun list is not joined to the verb before the list
  ['Japan sent planes carrying tents and blankets to Nepal after an earthquake struck the region.', [['JPN', 'NPL', '073']]],
  // a list of bare nouns right after the verb is its object; the phrases after the list are still the verb's
  ['Qatar delivered flour, fuel and medicine to Gaza on Monday.', [['QAT', 'PSE', '073']]],
  // flying a load (a measure "of" aid) is sending it; flying alone is no event
  ['Turkey flew 20 tonnes of medicine to Beirut.', [['TUR', 'LBN', '073']]],
  ['Chinese bombers flew near Okinawa on Monday.', []],
  // aid dropped over a place is an airdrop
  ['Egypt dropped food over northern Gaza.', [['EGY', 'PSE', '073']]],
  ['Prices of food dropped over the summer.', []],
  // an aid body halting or resuming its own work stops or gives aid; a state halting an aid body's work ends its presence
  ['Oxfam suspended its operations in Mogadishu.', [['NGOXFM', 'SOM', '1623']]],
  ['Al-Shabaab suspended its operations in Mogadishu.', [['SOMREB', 'SOM', '087']]],
  ["Mali suspended the International Rescue Committee's activities.", [['MLI', 'NGOREF', '1663']]],
  ['UNICEF resumed its work in Tigray.', [['IGOUNOKID', 'ETH', '073']]],
  ['The rebels resumed their work on the road.', []],
  // a convoy turned back is blocked (191); people turned back are expelled (174)
  ['Ethiopian troops turned back a relief convoy bound for Tigray.', [['ETHMIL', '', '191']]],
  ['Greece turned back migrants at the border.', [['GRC', '---REF', '174']]],
  // "was looted by": the -ed form between "be" and "by" is the passive verb
  ['A UNICEF warehouse in Port Sudan was looted by gunmen.', [['SDNREB', 'IGOUNOKID', '1711']]],
  // resuming or continuing training is military cooperation; continuing anything else is no event
  ['NATO will continue its training of Iraqi forces.', [['IGOWSTNAT', 'IRQMIL', '0312']]],
  ['Israel continued its offensive in Rafah.', []],
  // armed men looting trucks, warehouses or aid take them (1711); soldiers looting shops destroy property (1712)
  ['Militiamen looted a UNICEF warehouse in Port Sudan.', [['SDNUAF', 'IGOUNOKID', '1711']]],
  // governance (blind-governance): electoral bodies and governing parties are the government; a lone role takes the
  // sentence's country when the other side is such a body, not the state itself
  ["Opposition candidate Juan Perez rejected the results published by Honduras's electoral council.", [['HNDOPP', 'HNDGOV', '120']]],
  ["Zimbabwe's ruling party praised the police.", [['ZWEGOV', 'ZWECOP', '051']]],
  ["Nicaragua's government shut down 300 non-governmental organisations.", [['NICGOV', 'NGO---', '172']]],
  // an election postponed, a licence withdrawn, a legal status revoked: administrative sanctions (172)
  ["Mali's junta postponed the elections indefinitely.", [['MLIGOV', 'MLI', '172']]],
  ["Burkina Faso's junta withdrew the licence of a French radio station.", [['BFAGOV', 'FRAMED', '172']]],
  ['Russia revoked the legal status of a human rights group.', [['RUS', 'RUSHRI', '172']]],
  // protesters marching on a capital demonstrate; calling protests is dissent; a threat of dissent is aimed at home
  ['Thousands of Serbian students marched on the capital.', [['SRBEDU', '', '141']]],
  ["Zambia's opposition called nationwide protests on Monday.", [['ZMBOPP', '', '140']]],
  ["Togo's opposition said it would stage protests if the vote went ahead.", [['TGOOPP', 'TGO', '133']]],
  // an office-holder whose dated office has just ended, named with the office, yields it
  ["Bangladesh's Prime Minister Sheikh Hasina resigned.", [['BGDELIGOV', 'BGD', '0831']]],
  // a quantity "of" a role right before the verb of a clause a word of time opens is its subject; security agents are
  // the state's security service
  ['Riot police fired tear gas after thousands of Kenyan students marched in Nairobi.', [['KENEDU', 'KEN', '141']]],
  ['Three reporters were detained by security agents in Harare.', [['ZWESPY', 'ZWEMED', '173']]],
  // a bare claim of responsibility gives the claim (015) and, to the claimant, the violent act the story told with no
  // doer (or a nameless armed one) named: in its sentence, else the sentence before
  ['Unknown assailants ambushed a Burkinabe army patrol near Djibo. The Islamic State Sahel Province later claimed responsibility.', [['IMGMUSISI', 'BFAMIL', '015'], ['IMGMUSISI', 'BFAMIL', '190']]],
  ['A roadside bomb hit a Malian army convoy near Timbuktu; JNIM claimed responsibility.', [['IMGMUSALQ', 'MLIMIL', '015'], ['IMGMUSALQ', 'MLIMIL', '190']]],
  ['Hezbollah claimed responsibility.', [['LBNREBHEZ', '', '015']]],
  ['Ugandan troops shelled rebel positions near Beni; the ADF claimed responsibility for a separate raid.', [['CODREB', '', '015'], ['UGAMIL', 'CODREB', '194']]],
  ['Somali police arrested ten suspects in Mogadishu. Al-Shabaab claimed responsibility.', [['SOMCOP', 'SOMCRM', '173'], ['SOMREB', '', '015']]],
  // a reaction told in a noun phrase set in apposition to the clause ("…, a step welcomed by X", "…, a verdict X called
  // a sham", "…, a move that X criticised") is the reacting actor's, aimed at the clause's doer; a phrase with no
  // reacting actor, or a negated reaction, gives nothing
  ['Ethiopia began filling the reservoir, a step welcomed by Sudan.', [['SDN', 'ETH', '051']]],
  ['A Russian court jailed the American reporter for 16 years, a verdict Washington called a sham.', [['RUSJUD', 'USAMED', '173'], ['USA', 'RUSJUD', '111']]],
  ['Kenya reopened its embassy in Mogadishu, a step Somalia praised.', [['KEN', 'SOMGOV', '054'], ['SOM', 'KEN', '051']]],
  ['Hungary vetoed the sanctions package, a move that Poland sharply criticised.', [['HUN', '', '129'], ['POL', 'HUN', '111']]],
  ['Japan released treated water into the Pacific, a move seen as a rebuke to China.', []],
  ['Turkey sent troops to Libya, a decision that surprised analysts.', [['TUR', 'LBY', '154']]],
  ['Hungary vetoed the sanctions package, a move not welcomed by Poland.', [['HUN', '', '129']]],
  // (a crime named in the reaction accuses, as the naming rule's label does: 112)
  ['Serbia shelled the village, a move Croatia called a war crime.', [['HRV', 'SRB', '112']]],
  ['Serbia shelled the village, a move Croatia called an outrageous crime.', [['HRV', 'SRB', '112']]],
  // the reaction verbs are the verb lexicon's verbs of disapproval (111) and approval (051), whatever their block; a
  // verb the lexicon codes otherwise is no reaction; a relative clause on an act noun the clause links leave alone is
  // still a reaction
  ['Serbia expelled two Croatian diplomats, a decision castigated by Zagreb.', [['HRV', 'SRB', '111'], ['SRB', 'HRVGOV', '161']]],
  ['Ghana lifted the ban on Nigerian traders, a step endorsed by Nigeria.', [['GHA', 'NGABUS', '081'], ['NGA', 'GHA', '051']]],
  ['Chile recalled its ambassador from Peru, a step first reported by Bolivia.', [['CHL', 'PER', '161']]],
  ['Egypt opened the Rafah crossing, a gesture that Qatar welcomed.', [['QAT', 'EGY', '051']]],
  // the naming verbs are NAMING_VERBS, those clause-links leaves alone ("dub" too); with no word of judgment, nothing
  ['Ghana expelled three Togolese diplomats, a decision Togo dubbed a farce.', [['GHA', 'TGOGOV', '161'], ['TGO', 'GHA', '111']]],
  ['Ghana expelled three Togolese diplomats, a step Togo named after its minister.', [['GHA', 'TGOGOV', '161']]],
  // the act nouns are the nouns that restate a deed (DEED_NOUNS: "an offensive", "an incursion") and a few more
  ['Ethiopia launched airstrikes on Eritrean positions, an offensive condemned by Egypt.', [['EGY', 'ETH', '111'], ['ETH', 'ERI', '195']]],
  ['Ethiopia launched airstrikes on Eritrean positions, an offensive seen by Egypt as a threat.', [['ETH', 'ERI', '195']]],
  // "X denied V-ing Y" is a denial of responsibility (016) aimed at whom the deed would have concerned, as "denied that
  // it had V-ed" is; the deed is not asserted; "denied Y entry" is a refusal of its own
  ['Caracas denied holding two Colombian reporters at the border.', [['VEN', 'COLMED', '016']]],
  ['Minsk denied sending weapons to Russia.', [['BLR', 'RUS', '016']]],
  ['Pakistan denied that its troops had shelled Afghan villages.', [['PAK', 'AFG', '016']]],
  ['North Korea denied sending workers abroad.', [['PRK', '', '016']]],
  ['Kenya denied Ugandan lorries entry at the border.', [['KEN', 'UGA', '1245']]],
  // "warning shots" and "warning flares" fired are a show of force (150), no threat (130); a warning issued is a threat
  ['Indian border guards fired a warning shot at a Pakistani drone.', [['INDMIL', 'PAKMIL', '150']]],
  ['Taiwanese troops fired warning flares at a Chinese drone.', [['TWNMIL', 'CHNMIL', '150']]],
  ['Greece issued a warning to Turkey.', [['GRC', 'TUR', '130']]],
  // a free relative object with an attribution in it ("struck what X said was/were …"): the act's target is the
  // described thing's owner; the attribution keeps its own statement
  ['Israeli jets bombed what the military said were Hezbollah rocket launchers in southern Lebanon.', [['ISRMIL', 'LBNREBHEZ', '010'], ['ISRMIL', 'LBNREBHEZ', '195']]],
  ['Russia struck what Kyiv said was a civilian warehouse.', [['RUS', 'UKR', '190']]],
  // money deposited or injected into another state's central bank or treasury is economic aid to it; into one's own, none
  ['Saudi Arabia deposited $3 billion with the central bank of Pakistan.', [['SAU', 'PAKBUS', '071']]],
  ["Qatar deposited $2 billion in Egypt's central bank.", [['QAT', 'EGYBUS', '071']]],
  ['Kuwait injected $500 million into the Jordanian treasury.', [['KWT', 'JORGOV', '071']]],
  ['Pakistan deposited $1 billion in its central bank.', []],
  ["Turkey's central bank injected liquidity into the banking system.", []],
  // settlers placed by the Palestinian territories (their place, or the one country of the sentence) are Israeli
  // civilians, also when they act on Palestinians; settlers elsewhere are their country's own
  ['Settlers attacked a Palestinian village near Nablus.', [['ISRCVL', 'PSE', '190']]],
  ['Armed settlers torched olive groves near Ramallah.', [['ISRCVL', 'PSE', '1712']]],
  ['Settlers clashed with Brazilian police in the Amazon.', [['BRACVL', 'BRACOP', '145']]],
  // armed men who set fire to property destroy it (1712); protesters who set things on fire riot (145)
  ['Armed bandits set fire to a grain store in Katsina.', [['NGACRM', 'NGA', '1712']]],
  ['Insurgents set a clinic on fire in Borno.', [['NGAINS', 'NGA', '1712']]],
  ['Militants set two lorries ablaze near Maiduguri.', [['---INS', 'NGA', '1712']]],
  ['Demonstrators set car tyres on fire outside parliament in Nairobi.', [['KENCVL', 'KENLEG', '145']]],
  // a suicide bomber who blows himself up is a suicide bombing (1831) by no named doer, not a bomber aircraft's 195
  ['A suicide bomber blew himself up near a checkpoint in Mogadishu.', [['---INS', 'SOM', '1831']]],
  ['Two suicide bombers blew themselves up at a market in Kano.', [['---INS', 'NGA', '1831']]],
  ['Troops blew up a rebel bunker near Goma.', [['---MIL', 'CODREB', '183']]],
  // an -ing participle right after the actor a verb acts on describes that actor: its phrases are its own, so the
  // verb's target stays the actor (not where the students marched or the villagers fled); where its load goes is the
  // verb's goal for a participle of carrying; where the participle places the actor gives its country
  ['Ghanaian police fired tear gas at students marching to the Togolese embassy.', [['GHACOP', 'GHAEDU', '175']]],
  ['Burundian troops shelled villagers fleeing toward the Rwandan border.', [['BDIMIL', '---CVL', '194']]],
  ['Ugandan police dispersed protesters demanding the release of a Kenyan activist.', [['UGACOP', '---CVL', '175']]],
  ['Nigerian soldiers arrested Cameroonians crossing into Chad.', [['NGAMIL', 'CMR', '173']]],
  ['Egyptian police detained activists travelling to Gaza.', [['EGYCOP', '---CVL', '173']]],
  ['Tanzania sent planes carrying food to Malawi.', [['TZA', 'MWI', '073']]],
  ['Somali troops killed ten people including an Ethiopian soldier.', [['SOMMIL', 'ETHMIL', '190']]],
  ['The WFP will fly food to refugees fleeing the fighting in South Sudan.', [['IGOUNOWFP', 'SSDREF', '0333']]],
  // letting or allowing aid, aid convoys or trucks in is humanitarian access (0863), also with a bare infinitive after
  // "let" and a thing ("let aid trucks cross"); military convoys let in are military cooperation; a promise is 0355
  ['Egypt let aid into Sudan.', [['EGY', 'SDN', '0863']]],
  ['Chad allowed aid into Sudan on Monday.', [['TCD', 'SDN', '0863']]],
  ['Chad allowed UN convoys to enter Sudan.', [['TCD', 'IGOUNO', '0863']]],
  ['Turkey let aid trucks cross into Syria.', [['TUR', 'SYR', '0863']]],
  ['Jordan allowed 40 trucks into Syria.', [['JOR', 'SYR', '0863']]],
  ['Turkey allowed Russian military convoys into Syria.', [['TUR', 'RUSMIL', '062']]],
  ['Chad will allow aid into Sudan.', [['TCD', 'SDN', '0355']]],
  ['Chad did not allow aid into Sudan.', []],
  ['Kenya let the deadline pass.', []],
  // a law, bill or decree passed or enacted says what its maker does ("a law banning X" is the maker's ban); one the
  // verb did not put out ("rejected a bill banning X") says nothing about the verb's participants; an adjunct after a
  // gerund under its governor ("banning X from operating in Y, drawing criticism") follows the governing act
  ['Kenya adopted a law banning opposition rallies.', [['KEN', 'KENOPP', '1721']]],
  ['Belarus enacted legislation barring Lithuanian traders from its markets.', [['BLR', 'LTUBUS', '172']]],
  ["Uganda's parliament passed a bill banning UNICEF from operating in Uganda, drawing criticism from the United Nations.", [['IGOUNO', 'UGALEG', '111'], ['UGALEG', 'IGOUNOKID', '1245']]],
  ['Parliament rejected a bill banning opposition rallies.', []],
  ['The court struck down a decree barring opposition candidates.', []],
  ['Tanzania opposed a resolution condemning Kenya.', []],
  // "no longer" negates its verb group as "not" does: an inability ("can no longer"), a refusal under "will"
  ['Jordan can no longer host Syrian refugees.', []],
  ['Turkey will no longer accept Syrian refugees.', [['TUR', 'SYRREF', '122']]],
  ['Uganda no longer recognises the Kenyan government.', []],
  // a clause of "after"/"when" under an act still to come is still to come when told in the present, and told in the
  // past it happened; a clause of time opening the sentence is under the clause after it
  ['Kenya will meet Uganda after Somali troops attacked Ethiopia.', [['KEN', 'UGA', '036'], ['SOMMIL', 'ETH', '190']]],
  ['When Uganda withdraws its troops, Kenya will reopen the border.', [['KEN', '', '0354']]],
  // arms control and strategic security (blind-security2's causes, on sentences of their own):
  // naming or listing a group a terrorist organisation is an administrative sanction on it (172)
  ['Canada designated the Houthis a terrorist entity on Monday.', [['CAN', 'YEMREBINS', '172']]],
  ['Mexico declared the Tren de Aragua gang a terrorist organisation.', [['MEX', 'VENCRMINS', '172']]],
  ['Britain added the Wagner Group to its list of terrorist organisations.', [['GBR', 'RUSUAF', '172']]],
  // export restrictions are one family with export controls and curbs; an -ing form between a possessive and a noun
  // starts no clause
  ['South Korea tightened export restrictions on semiconductor tools to Russia.', [['KOR', 'RUS', '163']]],
  ["Seoul expanded export restrictions on Samsung's chipmaking tools to Russia.", [['KOR', 'RUS', '163']]],
  // a measure's owner before it is no object of a verb that imposes or lifts it; judging the measure aims at its owner
  ['France lifted EU sanctions on Syria.', [['FRA', 'SYR', '085']]],
  ['Berlin welcomed U.S. export controls on China.', [['DEU', 'USA', '051']]],
  // a weapon test told with a light verb: "a test of a … missile", "carried out a nuclear test"
  ['Iran conducted a test of a new ballistic missile on Friday.', [['IRN', '', '150']]],
  ['North Korea carried out a nuclear test.', [['PRK', '', '150']]],
  // close approaches by aircraft and warships, and fighters named by their model violating airspace, show force
  ['A Chinese fighter jet flew within 10 feet of a U.S. Navy plane over the South China Sea.', [['CHNMIL', 'USAMIL', '150']]],
  ['Two Chinese warships sailed within 20 nautical miles of the Japanese coast.', [['CHNMIL', 'JPN', '150']]],
  ['Four Russian MiG-29 fighters violated Finnish airspace on Tuesday.', [['RUSMIL', 'FIN', '150']]],
  // aircraft models after the subject's mention are its head; the participle after them describes the subject
  ['Dutch F-35s operating from Poland intercepted a Russian plane.', [['NLD', 'RUS', '190']]],
  // the "for V-ing" of a sanction or a listing is the reason given, not an asserted deed; a listing verb of the SAY
  // block with such a reason still codes its own act
  ['Britain sanctioned three Chinese firms for supplying drone parts to Russia.', [['GBR', 'CHNBUS', '163']]],
  ['Canada added 14 Iranian companies to its sanctions list for supplying drones to Russia.', [['CAN', 'IRNBUS', '163']]],
  // a compound subject exchanging data does so with each other, unless a WITH phrase names the partner
  ['Britain and Japan agreed to exchange data on Chinese warships through a network linked to U.S. satellites.', [['GBR', 'JPN', '0314'], ['JPN', 'GBR', '0314']]],
  ['Kenya and Uganda agreed to exchange intelligence with Ethiopia.', [['KEN', 'ETH', '0314'], ['UGA', 'ETH', '0314']]],
  // a peacekeeping mandate renewed is peacekeeping provided, one ended peacekeepers withdrawn; both aimed at the
  // country the force's name places it in
  ['The Security Council renewed the mandate of the UN peacekeeping force in Cyprus on Thursday.', [['IGOUNO', 'CYP', '074']]],
  ['The Security Council ended the mandate of the UN peacekeeping mission in Mali.', [['IGOUNO', 'MLI', '1661']]],
  // inspectors arriving or returning: the host receives them (0862 is the host's act)
  ['UN inspectors arrived in Syria on Monday.', [['SYR', 'IGOUNO', '0862']]],
  ["IAEA inspectors returned to Iran's Fordow site on Tuesday.", [['IRN', 'IGOUNOIAE', '0862']]],
  // a body finding a state in breach of its obligations condemns it
  ['The IAEA board found Iran in breach of its safeguards obligations.', [['IGOUNOIAE', 'IRN', '111']]],
  // an adjunct participle after a gerund its governor's object does ("barred X from entering …, accusing them") is the
  // governor's subject's
  ['Iran barred two IAEA inspectors from entering the country, accusing them of leaking sensitive information.', [['IRN', 'IGOUNOIAE', '112'], ['IRN', 'IGOUNOIAE', '1245']]],
  // ... but one after a gerund the subject does itself stays the gerund's
  ['Russia resumed shelling Kharkiv, killing five civilians.', [['RUS', 'UKR', '194'], ['RUS', 'UKRCVL', '194']]],
  // forces leaving a country pull out of it, leaving for one go there; "ending N years of X's military
  // presence" says how long the presence lasted (no operation ended of its own), an operation ended is one
  ['The last Danish soldiers left Mali on Friday, ending ten years of Danish military presence.', [['DNKMIL', 'MLI', '0874']]],
  ['Kenyan soldiers left for Haiti on Monday.', [['KENMIL', 'HTI', '154']]],
  ['NATO ended its training mission in Iraq.', [['IGOWSTNAT', 'IRQ', '1622']]],
  // a ship's USS or HMS prefix names its navy
  ['HMS Spey sailed through the Taiwan Strait on Friday.', [['GBRMIL', 'TWN', '150']]],
  ['The destroyer USS Dewey sailed within 12 nautical miles of Mischief Reef.', [['USAMIL', '', '150']]],
  // a deposit placed in another state's central bank is economic aid (an amount between the verb's words counts as one
  // word); assurances received come from the one who gives them (030, as "gave assurances to"); opening fire to
  // disperse a crowd is repression (175, as "opened fire on protesters"); a military strike or attack threatened is 1384
  // and the threatened or asked-for act named by the object noun is not done
  ['Qatar placed a $2 billion deposit in the Egyptian central bank.', [['QAT', 'EGYBUS', '071']]],
  ["Kuwait placed a deposit in Jordan's central bank.", [['KWT', 'JORBUS', '071']]],
  ['Pakistan placed a deposit in its central bank.', []],
  ['Egypt received assurances from Israel.', [['ISR', 'EGY', '030']]],
  ['Ukraine received security guarantees from Britain.', [['GBR', 'UKR', '074']]],
  ['Togolese troops opened fire to disperse opposition supporters in Lome.', [['TGOMIL', 'TGOOPP', '175']]],
  ['Russia threatened airstrikes against Ukraine.', [['RUS', 'UKR', '1384']]],
  ['Iran has threatened a retaliatory strike on Israel.', [['IRN', 'ISR', '1384']]],
  ['Kenya called for airstrikes on al-Shabaab.', [['KEN', 'SOMREB', '020']]],
  ['Kenyan teachers threatened a general strike.', [['KENEDU', 'KEN', '133']]],
  // crowd weapons used in a verb joined by "and" to a hostile act on people are used on those people (175); weapons
  // seized, or a verb that names no one hostile after them, are not
  ['Bangladeshi police fired rubber bullets and wounded 12 students in Dhaka.', [['BGDCOP', 'BGDEDU', '175'], ['BGDCOP', 'BGDEDU', '193']]],
  ['Kenyan police fired tear gas at students and wounded two teachers.', [['KENCOP', 'KENEDU', '175'], ['KENCOP', 'KENEDU', '180']]],
  // a hostile label given to an actor by a naming verb is an accusation (112) or an insult (111); "her" as an object
  // stands for the role person before it
  ['Burkina Faso expelled two French diplomats, calling them spies.', [['BFA', 'FRAGOV', '112'], ['BFA', 'FRAGOV', '161']]],
  ['Chad expelled the French ambassador, accusing her of meddling.', [['TCD', 'FRAGOV', '1125'], ['TCD', 'FRAGOV', '161']]],
  // ... and so does an international body's role person, however long its name
  ["Kenya expelled the United Nations' country representative, accusing him of bias.", [['KEN', 'IGOUNOLEG', '112'], ['KEN', 'IGOUNOLEG', '166']]],
  ["Iran's foreign ministry described the British ambassador as a liar.", [['IRNGOV', 'GBRGOV', '111']]],
  // a naming verb that judges a deed with a pejorative label criticises its doer (111), with a crime accuses it (112),
  // with praise approves of it (051): the doer is an actor in the named phrase or that of the deed told before
  ['Rwanda shelled Goma, and Congo called the attack a cynical provocation.', [['COD', 'RWA', '111'], ['RWA', 'COD', '194']]],
  ['Somali pirates seized a ship. Kenya called the operation an act of piracy.', [['KEN', 'SOMCRM', '112'], ['SOMCRM', '', '1711']]],
  ["Japan called North Korea's launch a dangerous provocation.", [['JPN', 'PRK', '111']]],
  ["Chad called Sudan's raid unacceptable.", [['TCD', 'SDN', '111']]],
  ["Turkey called Kenya's peace deal with Uganda historic.", [['KEN', 'UGA', '057'], ['TUR', 'KEN', '051']]],
  // (praise of "the deal" told before is aimed at its parties, as blame of "the attack" is at its doer)
  ['Kenya and Uganda signed a trade deal. Turkey called the deal historic.', [['KEN', 'UGA', '057'], ['TUR', 'KEN', '051'], ['TUR', 'UGA', '051'], ['UGA', 'KEN', '057']]],
  ['Kenya and Uganda signed a trade deal. Turkey called the deal a warning.', [['KEN', 'UGA', '057'], ['UGA', 'KEN', '057']]],
  // holding an actor or a deed unlawful ("considers X illegitimate", "regards X as a sham", denied: "does not consider
  // X legitimate") criticises it (111); holding it lawful, or considering an act, is no criticism
  ['Russia considers the Moldovan government illegitimate.', [['RUS', 'MDAGOV', '111']]],
  ['Venezuela does not consider the Guyanese government legitimate.', [['VEN', 'GUYGOV', '111']]],
  ["Kenya regarded Uganda's election as a sham.", [['KEN', 'UGA', '111']]],
  ["Chad deems Sudan's annexation unlawful.", [['TCD', 'SDN', '111']]],
  // ... and an actor inside the label is not judged ("a violation of Kenya's sovereignty"): the deed's doer is
  ["Ugandan troops crossed into Kenya, the Kenyan government said, calling the incursion a violation of Kenya's sovereignty.", [['KENGOV', 'UGAMIL', '111'], ['UGAMIL', 'KEN', '192']]],
  ['Rwanda labelled the Congolese envoys mercenaries.', [['RWA', 'CODGOVUAF', '112']]],
  // (a deed's label of praise approves of its doer, 051; a friend's label is no event)
  ['Kenya called the Ugandan proposal a positive step.', [['KEN', 'UGA', '051']]],
  ['Macron called Zelensky a friend.', []],
  // a label is matched on its lemma, so every listed label counts in the plural too; a plural that is no label names
  ["Mali's junta called the French envoys dictators.", [['MLIGOV', 'FRAGOV', '111']]],
  ["Sudan's army called the RSF commanders butchers.", [['SDNMIL', 'SDNREBMIL', '111']]],
  ["Sudan's army described the RSF commanders as veterans.", []],
  // the casualties of a deed told as accused, denied or threatened share its reading; of a deed done they are asserted
  ['Ukraine accused Russia of shelling a school in Sumy, killing four children.', [['UKR', 'RUS', '1123']]],
  ['Hezbollah threatened to strike Haifa, killing Israeli soldiers.', [['LBNREBHEZ', 'ISR', '1384']]],
  ['Russia shelled a school in Sumy, killing four children.', [['RUS', 'UKRCVL', '194'], ['RUS', 'UKREDU', '194']]],
  // a gerund of time after a main clause takes its reading: asserted after a past verb, to come after "will"
  ['Morocco will expel the Algerian envoy after accusing Algiers of espionage.', [['MAR', 'DZAGOV', '1313']]],
  ['Morocco expelled the Algerian envoy before accusing Algiers of espionage.', [['MAR', 'DZA', '1125'], ['MAR', 'DZAGOV', '161']]],
  // "in what X called a <judgment>" after a deed is X's reaction to its doer; a free relative with no judge is none
  ['Peru recalled its ambassador from Caracas in what Venezuela described as a provocation.', [['PER', 'VEN', '161'], ['VEN', 'PER', '111']]],
  ['Colombia freed 20 Venezuelan prisoners in what Venezuela called a positive step.', [['COL', 'VENCVL', '0841'], ['VEN', 'COL', '051']]],
  ['Russia struck Kyiv in what was the largest attack of the war.', [['RUS', 'UKR', '190']]],
  // "what" opens a free relative, not the actor's noun phrase, and the phrases after it are the relative's, not the
  // deed's: the prisoners stay the release's target and nothing is done "with" the capital named in the relative
  ['Cuba released 12 dissidents in what exiled opposition groups called a cynical ploy ahead of talks with Madrid.', [['CUB', 'CUBOPP', '0841']]],
  ['Kenya expelled two Ugandan diplomats in what Ugandan officials described as a hostile act.', [['KEN', 'UGAGOV', '161'], ['UGAGOV', 'KEN', '111']]],
  // (a judge with no country that is none of the state's offices is that state's people, the one state named)
  ['Nicaragua freed 30 political prisoners in what opposition groups called a propaganda stunt.', [['NIC', 'NICCVL', '0841'], ['NICOPP', 'NIC', '111']]],
  // the agent of a participle on a noun is no target of the clause's verb; "an attack by X" names the attack's doer
  ['Kenya closed its border with Somalia in a move condemned by the African Union.', [['IGOAFRAFU', 'KEN', '111'], ['KEN', 'SOM', '191']]],
  ['Kenya condemned an attack by al Shabaab.', [['KEN', 'SOMREB', '111']]],
  // the subject's own forces after a participle on the agreement are what it allows, no party; another's forces are
  ['Australia and Indonesia signed a treaty allowing their forces to train together.', [['AUS', 'IDN', '057'], ['IDN', 'AUS', '057']]],
  ['Kenya signed a deal allowing Ugandan troops to cross its border.', [['KEN', 'UGAMIL', '057']]],
  // prisoners of no stated country a state frees are its own; prisoners of war and hostages are not
  ['Belarus released 52 political prisoners after talks with US envoys.', [['BLR', 'BLRCVL', '0841']]],
  ['Egypt released 30 detainees after a visit by the US secretary of state.', [['EGY', 'EGYCVL', '0841']]],
  ['Russia freed 12 prisoners of war.', [['RUS', '---CVL', '0841']]],
  ['Hamas freed three Israeli hostages.', [['PSEREBHMS', 'ISRCVL', '0841']]],
  // troops a state will deploy to or in another state: an intention to protect it (0334), its own troops "in" that state
  ['Britain will deploy 900 troops to Estonia next year.', [['GBR', 'EST', '0334']]],
  ['Germany will permanently station a brigade of 5,000 troops in Lithuania by 2027, its defence minister said.', [['DEU', 'LTU', '0334']]],
  ['Kenya deployed troops in Somalia.', [['KEN', 'SOM', '154']]],
  ['Israel will send troops into Gaza.', []],
  ['Russia attacked troops in Ukraine.', [['RUS', 'UKRMIL', '190']]],
  // a happening named in a phrase of "ahead of", "before", "on the eve of" is still to come; "after" one it came
  ["Iran freed two French nationals ahead of Araghchi's talks with Barrot in Paris.", [['IRN', 'FRA', '084']]],
  ["Iran freed two French nationals on the eve of Araghchi's visit to France.", [['IRN', 'FRA', '084']]],
  ["Iran freed two French nationals after Araghchi's talks with Barrot.", [['IRN', 'FRA', '084'], ['IRNGOV', 'FRAGOV', '040']]],
  // a bare verb right before "and" another verb shares that verb's object (beating the journalists is 175, as the
  // arrest is 173: one act of coercion in one sentence); a verb of its own with no object ("arrived") codes nothing
  ['Kenyan police beat and detained three journalists.', [['KENCOP', 'KENMED', '175']]],
  ['Kenyan police arrived and arrested two Ugandan smugglers.', [['KENCOP', 'UGACRM', '173']]],
  // a bare number after an act of force joined by "and" to another counts the people that one acted on; after a
  // statement it counts no one named
  ['Kenyan police fired tear gas at students and wounded at least 20.', [['KENCOP', 'KENEDU', '175'], ['KENCOP', 'KENEDU', '180']]],
  ['Kenya condemned Uganda and wounded dozens.', [['KEN', 'UGA', '111']]],
  // a meeting with someone in a phrase of setting ("in a phone call with X", "during talks with Y") is held by its
  // clause's subject: the clause after a fronted phrase's comma, or the asker of an infinitive before it; a negated
  // clause leaves the meeting held, a passive one names no holder
  ['In a phone call with the Kenyan president, the Ugandan leader called for calm on the border.', [['UGAGOV', '', '0256'], ['UGAGOV', 'KENGOV', '041']]],
  ["During talks with Turkey's foreign minister on Monday, the German chancellor praised Ankara.", [['DEUGOV', 'TUR', '051'], ['DEUGOV', 'TURGOV', '040']]],
  ["At a meeting with Brazilian officials, India's trade minister signed a deal.", [['INDGOV', 'BRAGOV', '040']]],
  ['The Kenyan president said in a phone call with Museveni that the border would reopen.', [['KENGOV', 'UGAGOV', '041']]],
  ['The Kenyan president criticised the blockade during a video call with Museveni.', [['KENGOV', 'UGAGOV', '041'], ['KENGOV', 'UGAGOV', '111']]],
  ['In talks with Iran, the United States has not offered any concessions.', [['USA', 'IRN', '040']]],
  ['In a phone call with Macron, the plan was discussed.', []],
  ['In Nairobi, the Kenyan president met Museveni.', [['KENGOV', 'UGAGOV', '040']]],
  ['Kenya urged Uganda and Rwanda to show restraint during a phone call with the Ugandan president.', [['KEN', 'RWA', '020'], ['KEN', 'UGA', '020'], ['KEN', 'UGAGOV', '041']]],
  // pressing, pushing or leaning on an actor to act, or over a matter, is an appeal (refined by what is asked, as
  // "urged" is); pressing ahead, pushing people out, pressing charges and pushing back against are not
  ['The United States pressed Israel to allow more aid into Gaza.', [['USA', 'ISR', '0255']]],
  ['Japan pressed China over the detention of its citizens.', [['JPN', 'CHN', '020']]],
  ['The European Union pushed Serbia to recognise Kosovo.', [['IGOEUREEC', 'SRB', '022']]],
  ['Kenyan prosecutors pressed charges against the former minister.', [['KENJUD', 'KENELI', '173']]],
  ['Germany pushed back against the French proposal.', [['DEU', 'FRA', '120']]],
  ['The Hungarian government pressed ahead with the reform despite protests.', []],
  ['Kenyan troops pushed the militants out of the town.', []],
  // an infinitive after a relative clause set off by commas hangs on the verb before it: what the addressee is called
  // on to do is demanded
  ['He called on Kenya and Uganda, which guarantee the truce, to press the rebels to free the hostages.', []],
  // (blind-wire2's causes) a relative clause set off by commas may join words with "and": the verb after its closing
  // comma is still the antecedent's
  ['Kenya, which closed its border with Somalia and Ethiopia in 2024, announced its withdrawal from the African Union on Monday.', [['KEN', 'ETH', '191'], ['KEN', 'IGOAFRAFU', '161'], ['KEN', 'SOM', '191']]],
  ['Sweden, which abandoned neutrality and joined NATO, condemned the attack on Kyiv.', [['SWE', 'UKR', '111']]],
  // a judgment of "the <deed>" after "and" aims at the doer of the deed told earlier in the same sentence
  ["Uganda attacked a rebel camp in Congo, and Congo's foreign minister condemned the raid.", [['CODGOV', 'UGA', '111'], ['UGA', 'CODREB', '190']]],
  ['Pakistan struck targets in Afghanistan on Monday, and the Taliban denounced the strikes as a violation.', [['AFGGOVTAL', 'PAK', '111'], ['PAK', 'AFG', '190']]],
  // a reaction in apposition: a place after the reacting body ("the embassy in Nairobi") is part of its name, and the
  // reaction is to the main clause's doer, not to the doer of an infinitive or gerund inside it
  ['A Kenyan court jailed an opposition leader for refusing to testify, a ruling that the United States embassy in Nairobi called politically motivated.', [['KENJUD', 'KENOPP', '173'], ['USAGOV', 'KENJUD', '111']]],
  ['Turkey detained a journalist for declining to reveal her sources, a decision that the EU\'s delegation in Ankara called "unacceptable".', [['IGOEUREEC', 'TUR', '111'], ['TUR', 'TURMED', '173']]],
  // the subject pronoun of what a speaker says is the speaker named before the speech verb, also through "adding that"
  ["Chinese coast guard ships fired water cannon at a Philippine boat, Manila's maritime council said, adding that it had filed a protest with Beijing.", [['CHNMIL', 'PHL', '175'], ['PHL', 'CHN', '114']]],
  ["Israeli troops shelled a camp in Gaza, Egypt's foreign ministry said on Monday, adding that it had summoned Israel's ambassador.", [['EGYGOV', 'ISRGOV', '114'], ['ISRMIL', 'PSE', '194']]],
  ['The European Union said it would impose sanctions on Iran.', [['IGOEUREEC', 'IRN', '1312']]],
  // ... and a speaker that names no actor ("Arab countries said they") stands for no one named before
  ['The Security Council endorsed the plan on Monday after Arab countries said they supported the text.', [['IGOUNO', '', '051']]],
  // a participle of equipping right after its actor ("gunmen armed with rifles") describes it; the verb is its
  ['Gunmen armed with rifles attacked a village in Nigeria on Monday.', [['NGAREB', 'NGA', '193']]],
  ['Fighters equipped with drones struck a Russian base.', [['---REB', 'RUS', '1952']]],
  ['Kenya armed its police with new rifles.', [['KEN', 'KENCOP', '153']]],
  // an adjunct of judging after a reported intention of two verbs joined by "and" is the speaker's, asserted
  ['Kim Jong Un told a party meeting that Pyongyang would expand and strengthen its arsenal, rejecting a call by Seoul for talks.', [['PRKGOV', 'KOR', '120']]],
  ['Iran said it would enrich and stockpile more uranium, rejecting a demand by the IAEA for inspections.', [['IRN', 'IGOUNOIAE', '120']]],
  // a speech verb after ", and" opens a clause of its own, no attribution of the clause before; after a bare comma it is
  ['Iran has said it will never halt enrichment, and its foreign minister told parliament on Monday that Tehran would expand the programme, rejecting a demand by France for talks.', [['IRNGOV', 'FRA', '120']]],
  ['Israeli jets struck Gaza, the army said.', [['ISRMIL', 'PSE', '195']]],
  // answering with force uses it (a threat to the subject of the condition while to come); "with force" names no target
  ['China will respond with force if Taiwan declares independence, a spokesman said.', [['CHN', 'TWN', '138']]],
  ['Israel responded with force to the rocket attack from Lebanon.', [['ISR', 'LBN', '190']]],
  ['Kenya replied to the letter from Uganda on Monday.', [['KEN', 'UGA', '010']]],
  ['Kenyan police clashed with security forces in Nairobi.', [['KENCOP', 'KENMIL', '193']]],
  // a WITH phrase after a noun of siding ("in solidarity with X") names whom one acts for, not the target; after any
  // other noun or the verb it may
  ["Yemen's Houthis fired a missile at Israel in solidarity with Palestinians in Gaza.", [['YEMREB', 'ISR', '195']]],
  ['Kenya signed a trade deal with Uganda in Nairobi.', [['KEN', 'UGA', '057']]],
  // a denial or a judgment stated is asserted ("neither … nor" denies both verbs: NOT_CODED)
  ['Egypt denied that its troops had shelled Sudanese villages.', [['EGY', 'SDN', '016']]],
  ['Ghana welcomed the verdict and criticised Togo.', [['GHA', '', '051'], ['GHA', 'TGO', '111']]],
  // pressure one faces is no demand made (CAMEO: "all demands are verbal acts"; its 1231 example codes no demand for
  // "despite growing pressure by X"): no event; a resolution welcomed is welcomed from its maker, and what it condemns
  // is the maker's condemnation only when the sentence says it was adopted
  ['Kenya faces pressure from Uganda to withdraw its troops.', []],
  ['The Kenyan president came under pressure from parliament to sack the minister.', []],
  ['France welcomed the UN resolution condemning the coup in Niger.', [['FRA', 'IGOUNO', '051']]],
  ['Kenya welcomed a resolution condemning Sudan.', [['KEN', '', '051']]],
  ['The UN General Assembly adopted a resolution condemning Russia.', [['IGOUNO', 'RUS', '111']]],
  // a drone fired is a drone attack, a quantity noun ("a wave of", "a swarm of") between them or not
  ['Russia fired a wave of drones at Odesa overnight.', [['RUS', 'UKR', '1952']]],
  ['Iran fired a swarm of explosive drones at Israel.', [['IRN', 'ISR', '1952']]],
  // a demand's "that" clause (its verb in the base form) is what it demands: release 1053, withdrawal 1056; a negated
  // one is a bare demand
  ['Kenya demanded that Ethiopia free the detained aid workers.', [['KEN', 'ETH', '1053']]],
  ['Russia demanded that Ukraine pull its troops out of Kursk.', [['RUS', 'UKR', '1056']]],
  ['Kenya demanded that Uganda not release the suspects.', [['KEN', 'UGA', '100']]],
  // a violent act on a facility by a named doer is kept with no actor hit (the facility's country, when the sentence
  // names where it is, is the target)
  ['Separatist fighters blew up a railway bridge on Tuesday.', [['---REB', '', '1712']]],
  ['Militants bombed an electricity substation overnight.', [['---INS', '', '183']]],
  ['Al-Shabaab said it had attacked a telecommunications tower on Sunday.', [['SOMREB', '', '190']]],
  ['Jihadists set fire to a church in the north of Nigeria.', [['---INS', 'NGA', '1712']]],
  // a participle after a comma whose object is a phrase of quantity ("at least 20", "dozens of", "nearly 30") is the
  // main clause's subject's act
  ['Kenyan troops stormed a village, arresting at least 20 men.', [['KENMIL', 'KENCVL', '173']]],
  // (the victims of such a participle after an attack on a place that hit no actor are that place's people)
  ['Eritrean forces launched their largest drone attack on Ethiopia in months, wounding at least 12 people.', [['ERIMIL', 'ETH', '1952'], ['ERIMIL', 'ETHCVL', '1952']]],
  ['Ugandan police raided a church, detaining dozens of worshippers.', [['UGACOP', 'UGACVL', '173']]],
  ['Kenyan police dispersed the crowd, wounding nearly 30 students.', [['KENCOP', 'KENCVL', '175'], ['KENCOP', 'KENEDU', '180']]],
  ['In the north, arresting dozens of men is routine.', []],
  // a clause opened by "as" with a collective subject ("as police arrested …") is a clause of its own, its role given
  // the sentence's one country; "as" before a noun phrase stays a preposition
  ['Students marched in Nairobi as police arrested dozens of protesters.', [['KENCOP', 'KENCVL', '173'], ['KENEDU', 'KEN', '141']]],
  ['Shops stayed closed in Kisumu as police detained scores of traders.', [['KENCOP', 'KENBUS', '173']]],
  ['The former minister served as mediator between Kenya and Uganda.', [['---ELI', 'KEN', '045'], ['---ELI', 'UGA', '045']]],
  // co-mediators named together mediate between the parties, not with each other; a place after "in" that follows a
  // noun ("talks in Nairobi brokered by X") is not what the participle is about
  ['Sudan and South Sudan signed a border deal after talks in Nairobi brokered by Kenya and Ethiopia.', [['ETH', 'SDN', '045'], ['ETH', 'SSD', '045'], ['KEN', 'SDN', '045'], ['KEN', 'SSD', '045'], ['SDN', 'SSD', '057'], ['SSD', 'SDN', '057']]],
  // a regular past form after "and" that follows an infinitive joins the verb that governs the infinitive
  ['Uganda ordered Kenyan traders to close their shops and arrested two Kenyan drivers.', [['UGA', 'KEN', '173'], ['UGA', 'KENBUS', '100']]],
  ['Uganda urged Kenya to release the journalists and expelled a Kenyan diplomat.', [['UGA', 'KEN', '0253'], ['UGA', 'KENGOV', '161']]],
  ['Kenya asked Uganda to reopen the border and lift the ban.', [['KEN', 'UGA', '0254']]],
  // a body admitting a state as a member takes it in (050); admitting a deed is acknowledging it (015)
  ['The African Union admitted South Sudan as its 54th member.', [['IGOAFRAFU', 'SSD', '050']]],
  // a town handed (back or over) to the other side is given up (0874)
  ['Rebels handed the town of Bunia back to Congolese troops on Friday.', [['CODREB', 'CODMIL', '0874']]],
  ['Kenya handed over the suspect to Uganda.', [['KEN', 'UGA', '063']]],
  // an aid agency ordered to close its offices is expelled (1663)
  ['Sudan ordered the ICRC to close its offices in Darfur.', [['SDN', 'NGOHLHIRC', '1663']]],
  ['Sudan ordered the mine to close.', []],
  // a country named only by the border a deed was near is no party to it; the rebels' captives stay the target
  ['ELN rebels abducted four Colombian police officers near the Venezuelan border.', [['COLREB', 'COLCOP', '181']]],
  ['Serbia recalled its ambassador to Montenegro.', [['SRB', 'MNE', '161']]],
  // armed groups and regional bodies of the regions the earlier tables covered least
  ['Ansarul Islam fighters attacked an army post in northern Burkina Faso.', [['IMGMUSALQREB', 'BFAMIL', '190']]],
  ['The Gulf Cartel kidnapped four Americans in Matamoros.', [['MEXCRM', 'USA', '181']]],
  ['The ICGLR called on Rwanda to withdraw its troops.', [['IGOAFRGLR', 'RWA', '0256']]],
  // attacking what a government decides, says or spends is criticism (111), not force; its positions and bases stay targets
  ["Hungary attacked the European Commission's migration policy.", [['HUN', 'IGOEUREEC', '111']]],
  ["Kenya's opposition attacked the government's tax policy.", [['KENOPP', 'KENGOV', '111']]],
  ["Rebels attacked the army's positions near Goma.", [['CODREB', 'CODMIL', '190']]],
  // (blind-asia's causes) a participle of feeling right after its actor and before its cause ("protesters angered by
  // X") describes it; the verb after it is the actor's, also after "after"
  ['Protesters angered by the pay rise torched the parliament building in Jakarta.', [['IDNCVL', 'IDN', '1712']]],
  ['Students outraged by the killing of a classmate attacked a police station in Dhaka.', [['BGDEDU', 'BGD', '145']]],
  ['Police fired tear gas on Sunday after farmers frustrated over low fuel prices blocked roads across France.', [['FRAAGR', 'FRA', '144']]],
  ['Villagers enraged by the arrests stormed a police post in Nigeria.', [['NGACVL', 'NGACOP', '190']]],
  // "the guerrillas", "the rebels", "the militants" with no country name the armed group told in the sentence or the one
  // before; with none told, they stay a role
  ['Colombia suspended talks with the ELN on Friday after the guerrillas killed 80 people near the Venezuelan border.', [['COL', 'COLREB', '164'], ['COLREB', '---CVL', '1823']]],
  ['Congo accused Rwanda of backing the M23 after the rebels attacked Congolese troops in Goma.', [['COD', 'RWA', '112'], ['CODREB', 'CODMIL', '190']]],
  ['Kenya and Uganda held talks in Nairobi on Monday, and the militants attacked a base near the border.', [['---INS', '', '190'], ['KEN', 'UGA', '040'], ['UGA', 'KEN', '040']]],
  ['The ELN signed a ceasefire with Colombia in 2023. Venezuela hosted talks in Caracas in 2024. The guerrillas attacked a Colombian base on Monday.', [['---REB', 'COL', '190'], ['COLREB', 'COL', '0871']]],
  // people with no country arrested in a place with no doer named are the place's, held by its state
  ['Dozens of protesters were arrested in Belgrade on Monday.', [['SRB', 'SRBCVL', '173']]],
  ['More than 40 gang members were detained in raids in Guayaquil, the interior ministry said.', [['ECU', 'ECUCRM', '173']]],
  ['Several opposition activists were detained in Kampala on Tuesday.', [['UGA', 'UGAOPP', '173']]],
  // ", and <subject> V" after the infinitive of a purpose opens a clause of its own, no complement of that infinitive
  ['Thousands of farmers marched in Paris to demand lower taxes, and police fired tear gas at the protesters.', [['FRAAGR', 'FRA', '141'], ['FRACOP', 'FRACVL', '175']]],
  ["Hundreds of students rallied in Dhaka to demand the minister's resignation, and police detained 30 students.", [['BGDCOP', 'BGDEDU', '173'], ['BGDEDU', 'BGD', '141']]],
  ['Teachers went on strike in Nairobi to demand higher pay, and the government condemned the walkout.', [['KENEDU', 'KEN', '143'], ['KENGOV', 'KENEDU', '111']]],
  // a TO phrase right after a journey's traveller ("a visit by X to Y") is where it went, however long X's name
  ['Japan pledged new loans during a visit by Indian Prime Minister Narendra Modi to Tokyo.', [['INDGOV', 'JPN', '042']]],
  ['Manele met Albanese in Canberra on Monday.', [['SLBGOV', 'AUSGOV', '040']]],
  // declining to say, disclose or reveal withholds comment (011), no rejection
  ['Philippine officials declined to say on Friday whether Manila would allow U.S. forces access to more bases.', [['PHLGOV', 'PHL', '011']]],
  ["Kenyan police declined to say whether Uganda had asked for the activists' arrest.", [['KENCOP', 'UGA', '011']]],
  // a speaker named before an appositive set off by commas at the head of the sentence ("X, an armed group that …,
  // said it had …") is what "it" stands for
  ['The Arakan Army, an ethnic armed group that controls most of Rakhine state, said on Sunday it had shelled a Myanmar army base.', [['MMRREB', 'MMRMIL', '194']]],
  ['Hamas, the Islamist group that ran Gaza, said it had released two Israeli hostages.', [['PSEREBHMS', 'ISRCVL', '0841']]],
  ['Kenya, which borders Somalia, said it had closed the border.', [['KEN', '', '191']]],
  // "the armed forces", "the security forces" in what a state's office-holder heading the sentence says are that
  // state's; not after an office-holder who only met another ("and the soldiers")
  ['Venezuelan Defence Minister Vladimir Padrino said the armed forces would respond with all their might if the United States launched a ground attack.', [['VENMIL', 'USA', '138']]],
  ['Kenyan President William Ruto said the security forces had arrested 20 militants in Somalia.', [['KENMIL', 'SOMINS', '173']]],
  ["Kenyan President William Ruto met Somalia's president, and the soldiers later attacked a base.", [['---MIL', '', '190'], ['KENGOV', 'SOMGOV', '040']]],
  // a disavowed intention ("has no intention of V-ing", "no plans to V", "is not willing to V") refuses a cooperative V
  // (12x), as "will not V" does; a hostile V is only not done
  ['Kenya has no intention of resuming talks with Uganda.', [['KEN', 'UGA', '125']]],
  ['Iran said Tehran had no intention of resuming talks with Washington.', [['IRN', 'USA', '125']]],
  ['Uganda had no plans to meet Kenyan envoys.', [['UGA', 'KENGOV', '125']]],
  ['Germany has no immediate plans to send tanks to Ukraine.', [['DEU', 'UKR', '1222']]],
  ['Kenya is not willing to release the detained activists.', [['KEN', '---CVL', '1243']]],
  ['Israel has no intention of attacking Lebanon.', []],
  ['The minister said there was no question of lifting sanctions on Russia.', []],
  // ... and so does a negated verb of intending ("does not intend to V", "did not plan to V")
  ['Kenya does not intend to resume talks with Uganda.', [['KEN', 'UGA', '125']]],
  ['Uganda did not plan to meet Kenyan envoys.', [['UGA', 'KENGOV', '125']]],
  ['Germany does not intend to send tanks to Ukraine.', [['DEU', 'UKR', '1222']]],
  ['Kenya did not intend to release the detained activists.', [['KEN', '---CVL', '1243']]],
  ['Kenya did not intend to attack Uganda.', []],
  ['Kenya does not plan to attack Somalia.', []],
  // a court or a legislature suspending or removing an office-holder sanctions them (172): "from duty", "voted to remove
  // President X"; removing a tariff eases it
  ["Kenya's Supreme Court suspended the governor of Nairobi from duty.", [['KENJUD', 'KENGOV', '172']]],
  ["Thailand's Constitutional Court suspended the prime minister from duty.", [['THAJUD', 'THAGOV', '172']]],
  ["Peru's Congress voted to remove President Pedro Castillo.", [['PERLEG', 'PERGOV', '172']]],
  ["South Korea's National Assembly voted to remove the prime minister.", [['KORLEG', 'KORGOV', '172']]],
  ["Kenya's parliament voted to remove tariffs on Ugandan sugar.", [['KENLEG', 'UGA', '085']]],
  ["Kenyan workers removed the president's portrait from the wall.", []],
  // forces or police sent or deployed to help or protect another party give it military aid (072) or protection (074),
  // from the sender or, with none named, from the forces' own country (not the helped one's); sent elsewhere they deploy
  ['North Korean troops have been sent to help Russia.', [['PRKMIL', 'RUS', '072']]],
  ['Kenyan soldiers were dispatched to assist Somalia against al-Shabaab.', [['KENMIL', 'SOM', '072']]],
  ['Rwandan troops were deployed to protect Mozambique.', [['RWAMIL', 'MOZ', '074']]],
  ['Chad sent soldiers to help Niger.', [['TCD', 'NER', '072']]],
  ['Kenyan police were deployed to help the Haitian government.', [['KENCOP', 'HTIGOV', '072']]],
  ['Troops have been sent to help Russia.', [['---MIL', 'RUS', '072']]],
  ['Iranian troops were deployed to the border.', [['IRNMIL', '', '154']]],
  // a reaction a deed prompts, sparks, triggers or provokes in someone named by FROM or BY is that reactor's (111, 051,
  // 14x, 175, 19x) towards the deed's doer; a role with no country is the acting state's people
  ['The Taliban banned women from universities, prompting condemnation from the United Nations.', [['AFGGOVTAL', 'AFGCVL', '172'], ['IGOUNO', 'AFGGOVTAL', '111']]],
  ["Mali's junta expelled the French ambassador, triggering condemnation from Paris.", [['FRA', 'MLIGOV', '111'], ['MLIGOV', 'FRAGOV', '161']]],
  ['Hungary vetoed the sanctions package, drawing praise from Russia.', [['HUN', '', '129'], ['RUS', 'HUN', '051']]],
  ['Serbia arrested three opposition leaders, sparking protests by students.', [['SRB', 'SRBOPP', '173'], ['SRBEDU', 'SRB', '141']]],
  ['Russia annexed Crimea, drawing praise from Syria and sparking protests by Ukrainians.', [['RUS', 'UKR', '192'], ['SYR', 'RUS', '051'], ['UKR', 'RUS', '141']]],
  ['Hezbollah fired rockets at northern Israel, prompting retaliatory strikes by the Israeli military.', [['ISRMIL', 'LBNREBHEZ', '190'], ['LBNREBHEZ', 'ISR', '194']]],
  ['Students blocked roads in Nairobi, prompting a crackdown by Kenyan police.', [['KENCOP', 'KENEDU', '175'], ['KENEDU', 'KEN', '144']]],
  // ... and so does a relative clause on a noun restating the deed, set after a comma: its gap is the deed, whose doer
  // draws the reaction (", a move that drew a rebuke from X")
  ['Troops from Armenia and France began joint drills near Yerevan, a move that drew a sharp rebuke from Azerbaijan.', [['ARMMIL', 'FRAMIL', '062'], ['AZE', 'ARMMIL', '111'], ['AZE', 'FRAMIL', '111'], ['FRAMIL', 'ARMMIL', '062']]],
  ['Serbia closed its border with Kosovo, a step that prompted condemnation from the European Union.', [['IGOEUREEC', 'SRB', '111'], ['SRB', 'KSV', '191']]],
  ['Hungary vetoed the sanctions package, a decision which drew praise from Russia.', [['HUN', '', '129'], ['RUS', 'HUN', '051']]],
  // a breach, like a violation, judges the deed it names
  ['Uganda halted fuel shipments to Kenya, Kenyan officials said, calling the move a breach of the trade agreement.', [['KENGOV', 'UGA', '111'], ['UGA', 'KEN', '1623']]],
  ['Rwanda shelled Goma, and Congo called the attack a breach of the ceasefire.', [['COD', 'RWA', '111'], ['RWA', 'COD', '194']]],
  // police leaving a country pull out of it (0874), as troops do; leaving for one deploys them
  ['Kenyan police officers began leaving Haiti on Monday.', [['KENCOP', 'HTI', '0874']]],
  ['Kenyan police left Haiti after a year.', [['KENCOP', 'HTI', '0874']]],
  ['Kenyan police left for Haiti on Monday.', [['KENCOP', 'HTI', '154']]],
  // "two X and three Y": a compound whose members open with a number or an article, the first perhaps ending in a noun
  // the dictionaries do not know ("a German engineer")
  ['Militants freed two German engineers and three Italian nationals.', [['---INS', 'DEU', '084'], ['---INS', 'ITA', '084']]],
  ['Militants freed a German engineer and two Italian nationals kidnapped near Tahoua last year.', [['---INS', 'DEU', '084'], ['---INS', 'ITA', '084']]],
  ['Police arrested a Kenyan journalist and two Ugandans.', [['---COP', 'KENMED', '173'], ['---COP', 'UGA', '173']]],
  // (... but a numbered member followed by its own verb starts a new clause)
  ['Russia fired missiles at Kyiv and two Ukrainian soldiers died.', [['RUS', 'UKR', '195']]],
  ['Russia shelled Kharkiv and three Ukrainian civilians were killed.', [['', 'UKRCVL', '194'], ['RUS', 'UKR', '194']]],
  ['Kenya freed a Ugandan fisherman and two Tanzanians released three Kenyans.', [['KEN', 'UGAAGR', '084'], ['TZA', 'KEN', '084']]],
  // a participle of suspicion before a noun qualifies it ("by suspected X rebels", "Suspected jihadists …"): the BY
  // phrase and the subject still name the doer; a number split from the capitals after it opens a name ("3R")
  ['Two Rwandan peacekeepers were killed when their convoy was ambushed by suspected 3R rebels.', [['CAFREB', 'RWAPKO', '1823']]],
  ['Suspected jihadists ambushed a Malian army convoy.', [['MLIINS', 'MLIMIL', '190']]],
  ['Two Kenyan soldiers were killed when their convoy was ambushed by suspected al-Shabaab militants.', [['SOMREBINS', 'KENMIL', '190']]],
  ['Kenya accused the suspected Ugandan smugglers of attacking its police.', [['KEN', 'UGACRM', '112']]],
  ['The ruling prompted criticism from the European Union.', []],
  // "A V-ed the X and B V-ed": "and" after a verb's object before an actor with a finite verb joins two clauses, not a
  // compound; one's own forces pulled back are no target: the retreat is from the other clause's subject, or no one
  ['Hamas freed the last living hostages and Israel pulled its troops back to an agreed line.', [['ISR', 'PSEREBHMS', '0874'], ['PSEREBHMS', '---CVL', '0841']]],
  ['Kenya arrested two activists and Uganda recalled its ambassador.', [['KEN', '---CVL', '173'], ['UGA', 'UGAGOV', '161']]],
  ['Russia shelled the town and Ukraine withdrew its forces.', [['RUS', 'UKR', '194'], ['UKR', 'RUS', '0874']]],
  ['Israel pulled its troops back to an agreed line.', [['ISR', '', '0874']]],
  ['Russia withdrew its troops.', [['RUS', '', '0874']]],
  ['Officials said Russia and Ukraine signed the deal.', [['RUS', 'UKR', '057'], ['UKR', 'RUS', '057']]],
  ['Egypt welcomed Qatar and Turkey sent aid to Sudan.', [['EGY', 'QAT', '051'], ['TUR', 'SDN', '070']]],
  // an organisation whose name ends in a verb-like word ("Cross", "Watch") is the subject, not a clause of its own
  ['The Red Cross sent aid to Gaza.', [['NGOHLHIRC', 'PSE', '070']]],
  ['Human Rights Watch accused Egypt of torture.', [['NGOHRIHRW', 'EGY', '112']]],
  ['Human Rights Watch criticised Ethiopia over the arrests.', [['NGOHRIHRW', 'ETH', '111']]],
  ['Human Rights Watch condemned Russia.', [['NGOHRIHRW', 'RUS', '111']]],
  // (a title-case headline's capitalised verb before a capitalised name stays the verb)
  ['Uganda Accuses Kenya of smuggling', [['UGA', 'KEN', '1121']]],
  ['Kenya Condemns Uganda', [['KEN', 'UGA', '111']]],
  // a weapon described between commas, or by a relative clause, as used by X: X is the subject of the weapon's verb
  ['The rocket, believed to have been fired by Hezbollah, struck a school in Haifa.', [['LBNREBHEZ', 'ISREDU', '194']]],
  ['The rocket, fired by Hezbollah on Monday, struck a school in Haifa.', [['LBNREBHEZ', 'ISREDU', '194']]],
  ['The shell, fired by Russian forces, killed two civilians in Kherson.', [['RUSMIL', 'UKRCVL', '194']]],
  ['The missile, which Kyiv said was launched by Russia, hit a hospital in Kharkiv.', [['RUS', 'UKRHLH', '195']]],
  ['The drone, which was launched by Russia, hit a hospital in Kharkiv.', [['RUS', 'UKRHLH', '1952']]],
  // (a captor is no user; a supplier neither)
  ['The journalist, detained by Iran, criticised Israel.', [['---MED', 'ISR', '111'], ['IRN', '---MED', '173']]],
  // insisting that someone do something (the mandative subjunctive) demands it of them
  ['Washington insisted that Iran release the detainees.', [['USA', 'IRN', '1053']]],
  ['Germany insisted that Russia free the journalists.', [['DEU', 'RUS', '1053']]],
  ['France insisted that Mali withdraw its troops from the border.', [['FRA', 'MLI', '1056']]],
  // a state or its government expelling another state's forces ends their presence (166); forces expelling forces fight
  ['Mali expelled French troops.', [['MLI', 'FRAMIL', '166']]],
  ['Niger expelled French soldiers from the country.', [['NER', 'FRAMIL', '166']]],
  ["Niger's government expelled the French troops in August.", [['NERGOV', 'FRAMIL', '166']]],
  ['Ukrainian troops expelled Russian forces.', [['UKRMIL', 'RUSMIL', '190']]],
  // the place of talks that open the sentence is no side to their mediation
  ['Talks in Doha mediated by Egypt ended without agreement.', []],
  ['Talks between Israel and Hamas mediated by Egypt resumed in Doha.', [['EGY', 'ISR', '045'], ['EGY', 'PSEREBHMS', '045'], ['ISR', 'PSEREBHMS', '040'], ['PSEREBHMS', 'ISR', '040']]],
  ['Kenyans in Nairobi detained by police were released.', [['KENCOP', 'KEN', '173']]],
  // a restrictive relative clause on the subject ("X that/who V …") keeps the subject for the verb after it, even when an
  // actor or a participle stands inside the relative's own phrases
  ['Israeli airstrikes that hit a school sheltering displaced families in Gaza City killed at least 20 people.', [['ISRMIL', 'PSECVL', '195'], ['ISRMIL', 'PSEEDU', '195']]],
  ['Russian missiles that struck a building housing displaced people in Sumy killed 30 civilians.', [['RUS', 'UKRCVL', '195'], ['RUS', 'UKRREF', '195']]],
  ['Sudanese paramilitary fighters who stormed a camp in Darfur killed dozens of people.', [['SDNUAFREB', 'SDN', '190'], ['SDNUAFREB', 'SDNCVL', '1823']]],
  ['Protesters who marched on parliament in Nairobi demanded the resignation of President William Ruto.', [['KENCVL', 'KENGOV', '1041'], ['KENCVL', 'KENLEG', '141']]],
  // a weapon noun that is itself an agent mention, with a reduced relative naming who launched it, stands for that user
  // (also at the head of the sentence and inside a reported clause)
  ['Drones launched by the Houthis struck a U.S. destroyer in the Red Sea, the Pentagon said.', [['YEMREB', 'USAMIL', '1952']]],
  ['Officials said drones launched by Russia hit a Polish village.', [['RUS', 'POL', '1952']]],
  ['Monitors reported that drones launched by the Sudanese army had struck a market in Darfur.', [['SDNMIL', 'SDN', '1952']]],
  // widening a military operation or offensive uses more force; a hostile act one's side could or would do if another
  // does (or fails to do) something is a threat (138 and its children), as "will … if" is
  ['Israel expanded its ground operation in southern Lebanon on Monday.', [['ISR', 'LBN', '190']]],
  ['Russia widened its offensive in Ukraine\'s Kharkiv region.', [['RUS', 'UKR', '190']]],
  ['Israel could expand its ground operation in southern Lebanon if Hezbollah does not withdraw, Defence Minister Israel Katz said.', [['ISR', 'LBN', '138']]],
  ['Iran would close the Strait of Hormuz if the United States attacked its nuclear sites, a commander said.', [['IRN', 'USA', '1381']]],
  ['Russia could strike Kyiv if Ukraine fires Western missiles at Russian territory.', [['RUS', 'UKR', '138']]],
  // an -ed verb right after a collective noun ("police", "people") before its object is the verb (tag repair
  // ed-after-collective), also under a speaker's verb
  ['Egyptian police tortured detainees in Cairo.', [['EGYCOP', 'EGYCVL', '1822']]],
  ['Kenyan police detained 40 students in Nairobi.', [['KENCOP', 'KENEDU', '173']]],
  ['Human Rights Watch said Egyptian police tortured detainees.', [['EGYCOP', 'EGYCVL', '1822']]],
  // a report speaks for its author: a FROM phrase names it, as a BY phrase does, and a report released in a state's
  // capital is that state's; what it alleges is alleged (tag repair ed-after-perfect: "had tortured" is the verb)
  ['A report released on Tuesday in the Kenyan capital alleged that Ugandan troops had killed civilians.', [['KEN', 'UGAMIL', '112']]],
  ["A report released in Uganda's capital alleged that Kenyan police had tortured detainees.", [['UGA', 'KENCOP', '112']]],
  ['A report from Amnesty International alleged that Egyptian police had tortured detainees.', [['NGOHRIAMN', 'EGYCOP', '112']]],
  // finding that another used force on people accuses them, and the deed is told as found
  ['A UN inquiry found that Syrian forces had tortured detainees.', [['IGOUNO', 'SYRMIL', '112'], ['SYRMIL', 'SYRCVL', '1822']]],
  ['An investigation by Amnesty International concluded that Egyptian police had beaten protesters.', [['EGYCOP', 'EGYCVL', '175'], ['NGOHRIAMN', 'EGYCOP', '112']]],
  // ... "concluded" with an object is still the concluding of an agreement
  ['Kenya concluded a trade agreement with Uganda.', [['KEN', 'UGA', '057']]],
  // observers saying a state's election was marred, rigged or neither free nor fair criticise the state (111); the
  // FROM phrase of an observer noun names the body they speak for
  ["Observers from the African Union said Kenya's presidential election had been marred by irregularities.", [['IGOAFRAFU', 'KEN', '111']]],
  ["Kenya's election had been marred by fraud, the European Union said.", [['IGOEUREEC', 'KEN', '111']]],
  ['Uganda declared Yoweri Museveni the winner, in a vote that the European Union said was neither free nor fair.', [['IGOEUREEC', 'UGA', '111']]],
  // ... also when the judgement is a copula with the speech after its comma ("neither" after "was" denies no later
  // verb), or the state follows the election noun in an "in" phrase
  ["Zambia's election was neither free nor fair, African Union monitors said.", [['IGOAFRAFU', 'ZMB', '111']]],
  ['The vote in Malawi was marred by violence, the European Union said on Friday.', [['IGOEUREEC', 'MWI', '111']]],
  ['The European Union said the referendum in Belarus had been rigged.', [['IGOEUREEC', 'BLR', '111']]],
  // a relative clause with no relative word accuses the noun phrase before its subject, not its OF phrase's actor
  ['Australia sanctioned Israeli settlers it accused of attacks on Palestinians.', [['AUS', 'ISRCVL', '1123'], ['AUS', 'ISRCVL', '163']]],
  ['Kenya expelled two Ugandan diplomats it accused of spying.', [['KEN', 'UGAGOV', '1125'], ['KEN', 'UGAGOV', '161']]],
  // ... an accusation with an object of its own keeps it (the OF phrase's actor is no one accused); a subject of the
  // accused's own country is taken for a misread pronoun, not a state accusing its own
  ['Kenya accused Uganda of violence against Somalia.', [['KEN', 'UGA', '112']]],
  // a participle after an infinitive its governor says was not done tells of the refusal or failure, which happened
  ['Serbia refused to extradite him to Croatia, accusing Zagreb of bias.', [['SRB', 'HRV', '112'], ['SRB', 'HRV', '121']]],
  ['Chile failed to reach a deal with Bolivia, blaming La Paz for the collapse of the talks.', [['CHL', 'BOL', '112']]],
  // a vessel seized or a facility struck is complete with its doer in the passive too (the patient noun before the verb
  // group, or before a participle's phrase)
  ['Three fishing trawlers were seized off the coast by the Argentine navy.', [['ARGMIL', '', '171']]],
  ['A fishing boat was seized by the Argentine navy, officials said.', [['ARGMIL', '', '1711']]],
  ['Two oil tankers bound for Cuba were seized by the U.S. Coast Guard.', [['USAMIL', '', '171']]],
  ['A freight train carrying fuel was blown up by rebels in Mali.', [['MLIREB', '', '183']]],
  // fighting between the members of a compound who share one code is fighting between two actors of that code
  ['Fighting between ELN guerrillas and FARC dissidents killed 12 people.', [['COLREB', 'COLREB', '193']]],
  ['Clashes between ELN guerrillas and FARC dissidents have displaced thousands of families in Arauca.', [['COLREB', 'COLREB', '193']]],
  // the agent of a participle on the noun of the act's frame ("under a deal brokered by X") did that noun's act, so it
  // is no target; the owner or user of the object itself is one
  ['Cuba began releasing 553 prisoners under a deal brokered by the Vatican.', [['CUB', 'CUBCVL', '0841']]],
  // (also when a relative clause on the subject leaves the main verb no subject of its own at first: the BY phrase of a
  // participle on a noun after the verb does not make the verb passive)
  ['Houthi rebels who seized the ship released its crew under a deal brokered by Oman.', [['YEMREB', '---CVL', '0841'], ['YEMREB', '', '1711']]],
  ['The Sudanese militia that attacked the camp freed the hostages under a deal brokered by Qatar.', [['SDNUAF', '---CVL', '0841']]],
  ['The militia that seized the port was expelled from Tripoli by Libyan forces.', [['LBYMIL', 'LBYUAF', '166']]],
  ['Israel struck a building used by Hamas.', [['ISR', 'PSEREBHMS', '190']]],
  // a bare past participle with only an adverb after it ("launched overnight") describes the noun before it, whose verb
  // comes next (a past like its base form too: "hit"); a finite past before the adverb is no participle
  ['A Russian drone launched overnight hit Kyiv.', [['RUSMIL', 'UKR', '1952']]],
  ['A drone launched overnight hit Kyiv.', [['---MIL', 'UKR', '1952']]],
  ['Hamas fighters freed yesterday attacked an Israeli post.', [['PSEREBHMS', 'ISR', '190']]],
  // "the country" in a phrase may be a country named only by the adjective of a body or official after the country named
  // outright, when the clause's subject is of another country; the subject's own country, and a description that is
  // the subject, keep the usual reading
  ["Washington revoked the visas of five Nicaraguan judges and imposed sanctions on the country's state mining company.", [['USA', 'NIC', '163'], ['USA', 'NICJUD', '172']]],
  ["Britain summoned the Iranian ambassador and imposed sanctions on the country's oil ministry.", [['GBR', 'IRN', '163'], ['GBR', 'IRNGOV', '114']]],
  ["The European Union expelled two Belarusian diplomats and imposed sanctions on the country's central bank.", [['IGOEUREEC', 'BLR', '163'], ['IGOEUREEC', 'BLRGOV', '161']]],
  ["Kenya deported two Ugandan activists, the country's interior ministry said.", [['KEN', 'UGACVL', '174']]],
  ["France imposed sanctions on three French companies and on the country's ambassador.", [['FRA', 'FRABUS', '163']]],
  ["Mali's military government expelled the French ambassador and gave him 72 hours to leave the country.", [['MLIMILGOV', 'FRAGOV', '161']]],
  ["Mali's military government expelled the French ambassador and accused the country's government of meddling.", [['MLIMILGOV', 'FRA', '1125'], ['MLIMILGOV', 'FRAGOV', '161']]],
  ['Ukraine welcomed the memos sent by Poland.', [['UKR', 'POL', '051']]],
  // a phrase inside the gerund complement of an allegation participle on the object tells what it is suspected of, not
  // whom the act is aimed at; a noun complement ends the allegation
  ['Finnish police detained a tanker suspected of damaging an undersea cable between Finland and Estonia.', [['FINCOP', '', '1711']]],
  ['Spanish police arrested a lawyer suspected of spying for Morocco.', [['ESPCOP', 'ESPJUD', '173']]],
  ['Italy extradited a man accused of fraud to Argentina.', [['ITA', 'ARG', '063']]],
  // "suspect" is a role noun only where it is a noun: suspects a state's police hold are its own (domestic-act)
  ['Iraqi police arrested the suspects.', [['IRQCOP', 'IRQCRM', '173']]],
  ['Kenyan police detained the suspects on Monday.', [['KENCOP', 'KENCRM', '173']]],
  ['Germany suspects Russia of sabotage.', []],
  // "help X V": the act helped is a verb (tag repair base-after-helped-name), not yet done; who helps the doer is on
  // its side, so the foes it fights are not the helper's people
  ['Chad sent soldiers to help Niger fight jihadists.', [['TCD', 'NER', '072']]],
  ['France helped Mali fight the insurgents.', [['FRA', 'MLI', '070']]],
  // what a weapon is capable of doing is a capacity, no deed (tag repair gerund-after-capable); its phrases are not
  // the main verb's
  ['Japan will deploy missiles capable of striking targets in China.', []],
  ['Iran unveiled a drone capable of hitting Israel.', [['IRN', '---MIL', '010']]],
  // "the Houthis" are "they": "its staff" is another body's
  ['The World Food Programme halted aid after the Houthis detained eight of its staff.', [['YEMREB', 'IGOUNOWFP', '173']]],
  // a name in a phrase of another noun ("in parts of X controlled by Y") is no subject a possessive refers to
  ['The World Food Programme suspended aid in parts of Yemen controlled by the Houthis after the group detained two of its staff.', [['IGOUNOWFP', 'YEM', '162'], ['YEMREB', 'IGOUNOWFP', '173']]],
  // a participle on a noun in a phrase of the subject's head describes that noun only: the arrest drew praise
  ['The arrest in Germany of a Libyan officer wanted by the ICC drew praise from rights groups.', [['DEU', 'LBYMIL', '173']]],
  // (a share of a group is still its noun: the protesters angered by the verdict attacked)
  ['Dozens of protesters angered by the verdict attacked a Kenyan police station.', [['KENCVL', 'KENCOP', '145']]],
  // what a measure "targets" is what it is aimed at, no attack; a strike's targets are attacked
  ['The EU adopted sanctions against Russia, targeting 200 vessels of its shadow fleet.', [['IGOEUREEC', 'RUS', '163']]],
  ['Israel struck Gaza, targeting Hamas commanders.', [['ISR', 'PSE', '190'], ['ISR', 'PSEREBHMSMIL', '190']]],
  // a state expelling a nation's people, named by a plural demonym, deports individuals; a state put out is no person
  ['Hungary expelled 30 Romanians.', [['HUN', 'ROU', '174']]],
  ['Pakistan has expelled more than 800,000 Afghans since 2023.', [['PAK', 'AFG', '174']]],
  ['Kenya expelled Philippines from the bloc.', [['KEN', 'PHL', '166']]],
  // forces put on maximum or full alert, or on combat readiness, are readied (152) as on "high alert"
  ['Venezuela placed its troops on maximum alert.', [['VEN', 'VENMIL', '152']]],
  ['Serbia put its army on full combat readiness.', [['SRB', 'SRBMIL', '152']]],
  ['Russia put its nuclear forces on full alert.', [['RUS', 'RUSMIL', '152']]],
  // a description of a kind of state ("the Gulf state", "the island nation", "the former Soviet republic", "the
  // kingdom", lower-case "the commonwealth") is the latest state of that kind named before, past another state
  ['Qatar hosted talks with Iran. The Gulf state condemned Israel.', [['QAT', 'IRN', '043'], ['QAT', 'ISR', '111']]],
  ['Fiji expelled an Australian diplomat. The Pacific territory also summoned the Chinese ambassador.', [['FJI', 'AUSGOV', '161'], ['FJI', 'CHNGOV', '114']]],
  ['Georgia protested to Russia. The former Soviet republic recalled its ambassador from Moscow.', [['GEO', 'RUS', '114'], ['GEO', 'RUS', '161']]],
  ['Taiwan protested to China. The self-ruled island summoned the Japanese envoy.', [['TWN', 'CHN', '114'], ['TWN', 'JPNGOV', '114']]],
  ['Saudi Arabia received Iran\'s foreign minister. The kingdom condemned Israel.', [['IRNGOV', 'SAU', '042'], ['SAU', 'IRNGOV', '043'], ['SAU', 'ISR', '111']]],
  ['Puerto Rico sued the United States. The commonwealth condemned Venezuela.', [['PRI', 'USA', '115'], ['PRI', 'VEN', '111']]],
  ['Singapore hosted Malaysia\'s premier. The city-state condemned Israel.', [['SGP', 'ISR', '111'], ['SGP', 'MYSGOV', '043']]],
  ['Syria hosted Lebanon\'s president. The war-torn country condemned Israel.', [['SYR', 'ISR', '111'], ['SYR', 'LBNGOV', '043']]],
  ['Fiji\'s prime minister visited Canberra. The Pacific nation signed a deal with Australia.', [['FJI', 'AUS', '057'], ['FJIGOV', 'AUS', '042']]],
  ['Saudi officials met Iran\'s envoy. The kingdom condemned Israel.', [['SAU', 'ISR', '111'], ['SAUGOV', 'IRNGOV', '040']]],
  // (a capitalised "Commonwealth" after a state of the Commonwealth of Nations is that body)
  ['Australia and Britain met. The Commonwealth condemned Fiji.', [['AUS', 'GBR', '040'], ['GBR', 'AUS', '040'], ['IGOCWN', 'FJI', '111']]],
  // an attack fought off ("repelled an attack by X", "beat back a Russian offensive") was made on the subject, whose
  // force against the attacker is the verb's event (the codebook's reciprocal fighting, actors reversed)
  ['Kenyan police fended off an attack by al-Shabaab militants on Garissa.', [['KENCOP', 'SOMREBINS', '190'], ['SOMREBINS', 'KENCOP', '190']]],
  ['Ukrainian troops beat back a Russian offensive near Kupiansk.', [['RUS', 'UKRMIL', '190'], ['UKRMIL', 'RUS', '190']]],
  ['Nigerian troops repelled an attack by Boko Haram fighters on a base in Borno.', [['NGAMIL', 'NGAREB', '190'], ['NGAREB', 'NGAMIL', '190']]],
  ['Ukrainian forces repelled a Russian attack on Kharkiv.', [['RUS', 'UKR', '190'], ['UKRMIL', 'RUS', '190']]],
  // a quantifier floated off the subject ("A and B both condemned X") leaves the -ed form a verb; a truce or talks
  // rejected by two parties with no proposer named, or anything rejected by "the two sides" or "both", is rejected
  // by each toward the other
  ['Armenia and Azerbaijan both condemned Russia.', [['ARM', 'RUS', '111'], ['AZE', 'RUS', '111']]],
  ['Armenia and Azerbaijan met in Geneva. Both condemned Russia.', [['ARM', 'AZE', '044'], ['ARM', 'RUS', '111'], ['AZE', 'ARM', '044'], ['AZE', 'RUS', '111']]],
  ['Armenia and Azerbaijan both rejected a proposed truce.', [['ARM', 'AZE', '1246'], ['AZE', 'ARM', '1246']]],
  ['Armenia and Azerbaijan met in Geneva. Both rejected a proposed truce.', [['ARM', 'AZE', '044'], ['ARM', 'AZE', '1246'], ['AZE', 'ARM', '044'], ['AZE', 'ARM', '1246']]],
  ['Sudan\'s army and the Rapid Support Forces traded accusations. The two sides rejected a proposed ceasefire.', [['SDNMIL', 'SDNREB', '112'], ['SDNMIL', 'SDNREB', '1246'], ['SDNREB', 'SDNMIL', '112'], ['SDNREB', 'SDNMIL', '1246']]],
  ['Israel and Hamas exchanged fire. Both sides rejected the plan.', [['ISR', 'PSEREBHMS', '127'], ['ISR', 'PSEREBHMS', '190'], ['PSEREBHMS', 'ISR', '127'], ['PSEREBHMS', 'ISR', '190']]],
  // a share of a group of people named with no country ("five of them" after "the fishermen") is of that group, and
  // "the <role>" is the group of that role named with a country shortly before ("Somali pirates … the pirates"); the
  // boat hijacked, a ship with no flag named, is kept with no target
  ['Somali pirates hijacked a fishing boat on Monday. The fishermen were held for a week. The pirates released five of them on Sunday.', [['SOMCRM', '', '181'], ['SOMCRM', 'SOMAGR', '084']]],
  ['Somali pirates hijacked a fishing boat on Monday. The pirates freed five of the fishermen on Sunday.', [['SOMCRM', '', '181'], ['SOMCRM', 'SOMAGR', '084']]],
  ['Ethiopian soldiers crossed into Eritrea on Monday. Eritrean police detained two of the soldiers.', [['ERICOP', 'ETHMIL', '181'], ['ETHMIL', 'ERI', '192']]],
  // (a group's number is its head's, before a place the mention takes in: "hostages in Bamako" are many)
  ['Gunmen seized 20 hostages in Bamako. Malian troops freed 12 of them.', [['MLIMIL', 'MLICVL', '084'], ['MLIREB', 'MLICVL', '181']]],
  // a junta or military rulers with no country are the state whose military or military government was named latest,
  // not a state named after it in passing ("French broadcasts")
  ['Burkina Faso\'s military government suspended French broadcasts. The junta expelled the French ambassador on Friday.', [['BFAGOV', 'FRAGOV', '161'], ['BFAMILGOV', 'FRA', '1721']]],
  ['Mali\'s military rulers met Russian officials. The junta then expelled the French ambassador.', [['MLIGOV', 'FRAGOV', '161'], ['MLIMILGOV', 'RUSGOV', '040']]],
  ['Mali\'s army seized power. The military rulers expelled the French ambassador.', [['MLIMIL', 'MLI', '1724'], ['MLIMILGOV', 'FRAGOV', '161']]],
  // a gerund of means after "by" is the doer's of the verb it follows, also when that verb has no object and when
  // the tagger read the -ing form as a noun ("retaliated by expelling"); not after a passive, where "by" names a doer
  ['Kenya retaliated by expelling two Ugandan diplomats.', [['KEN', 'UGAGOV', '161']]],
  ['Kenya responded by closing its border with Uganda.', [['KEN', 'UGA', '191']]],
  ['Moscow retaliated on Monday by ordering a British diplomat to leave Russia.', [['RUS', 'GBRGOV', '161']]],
  ['Uganda was punished by freezing aid to Kenya.', []],
  // ... and under an accusation "of" a deed it is part of the allegation
  ['Guyana angered Venezuela by allowing U.S. troops to train on its territory.', [['GUY', 'USAMIL', '062'], ['VEN', 'GUY', '110']]],
  // one extradited with no doer named is handed over by the state he is sent out of
  ['The suspect was extradited from Spain to Italy.', [['ESP', 'ITA', '063']]],
  // a reaction drawn by a noun with a passive participle is aimed at the participle's doer
  ['A missile fired by Russia drew condemnation from Poland.', [['POL', 'RUS', '111']]],
  ['A report written by Kenyan officials prompted criticism from Uganda.', [['UGA', 'KENGOV', '111']]],
  // sanctions agreed are imposed, as sanctions adopted are; agreeing with someone about sanctions imposes none
  ['EU ministers agreed new sanctions against Russia.', [['IGOEUREEC', 'RUS', '163']]],
  // a role placed by a town no actor dictionary names takes the country of the gazetteer's town ("in", "near", "outside",
  // "the town of", "residents of"); of a name's namesakes, the one in the country the sentence or story names
  ['Police arrested twelve protesters in Kayes.', [['MLICOP', 'MLICVL', '173']]],
  ['An Israeli drone strike wounded four residents of eastern Khan Younis on Tuesday.', [['ISRMIL', 'PSECVL', '1952']]],
  ['Soldiers detained six students in the town of Uvira.', [['---MIL', 'CODEDU', '173']]],
  ['Residents of Kayes protested against the curfew.', [['MLICVL', '', '140']]],
  ['Pakistani police arrested 40 protesters in Hyderabad.', [['PAKCOP', 'PAKCVL', '173']]],
  ['Mali declared a curfew. Gunmen killed four villagers near Menaka.', [['MLI', 'MLI', '1723'], ['MLIREB', 'MLICVL', '193']]],
  // ... not the start of a longer name, nor a person after "supporters of"; not a name the towns of two countries the
  // text names bear, nor one whose namesake elsewhere is far larger than the named country's ("Alexandria" in a story
  // of the United States); not a small town of a country the text does not name
  ['Police arrested students at Kayes University.', [['---COP', '---EDU', '173']]],
  ['Soldiers killed supporters of Warren.', [['---MIL', '---CVL', '190']]],
  ['Indian and Pakistani officials said police arrested 40 protesters in Hyderabad.', [['---COP', '---CVL', '173']]],
  ['U.S. police arrested ten protesters in Alexandria.', [['USACOP', '---CVL', '173']]],
  ['Gunmen killed four villagers near Menaka.', [['---REB', '---CVL', '193']]],
  // a violent act on a town no actor dictionary names targets the town's country (its object, or an ON/AT/AGAINST phrase,
  // "the town of"); the doer's own country does not choose among namesakes, and a state's forces on their own town act
  // on that state
  ['Russian artillery shelled Vovchansk on Monday.', [['RUSMIL', 'UKR', '194']]],
  ['Israeli troops carried out a raid on the town of Tubas.', [['ISRMIL', 'PSE', '190']]],
  ['Russian forces launched an offensive against Pokrovsk.', [['RUSMIL', 'UKR', '190']]],
  ['Syrian government forces bombed Saraqib.', [['SYRMIL', 'SYR', '195']]],
  // a weapon subject (a capitalised plural opening the sentence too) acting on an actor has no doer, unless the participle
  // on it names the state it was fired from
  ['Missiles hit Israel on Sunday.', [['', 'ISR', '195']]],
  ['Rockets struck Israel overnight.', [['', 'ISR', '194']]],
  ['A ballistic missile fired from Iran hit Israel.', [['IRN', 'ISR', '195']]],
  // a noun event is the verb event whose clause placed its role after the noun was coded: one event
  ['Pakistan accused Afghanistan of sheltering militants who carried out a suicide bombing on a police station in Peshawar.', [['---INS', 'PAKCOP', '1831'], ['PAK', 'AFG', '112']]],
  // an approximator before a number opens no phrase: "over 150 prisoners" is the object freed, "up to 300 police
  // officers" those sent (not a TO phrase placing them in Haiti)
  ['Israel freed over 150 Palestinian prisoners as a gesture to the Egyptian president.', [['ISR', 'PSECVL', '0841']]],
  ['Kenya sent up to 300 police officers to a peace-keeping mission in Haiti.', [['KEN', 'HTI', '070']]],
  // a hyphenated modifier between a preposition and its noun stays in the phrase: "to an international peace-keeping force"
  ['France contributed 4,000 troops to an international peace-keeping force in Liberia.', [['FRA', 'LBRMIL', '070']]],
  // a word of readiness read as a verb of its own ("was not prepared") still governs its infinitive: unwillingness refuses
  ["Kenya's president was not prepared to meet the Ugandan president.", [['KENGOV', 'UGAGOV', '125']]],
  // an opposition role names whom it opposes in its OF phrase only when its noun opposes ("critics of"): "activists of
  // Uganda's student movement" belong to it
  ["Kenyan police arrested pro-democracy activists of Uganda's student movement.", [['KENCOP', 'UGAOPPEDU', '173']]],
  // a deed heading the subject of a passive verb of doing, commanding or approving is done by its BY phrase (and the
  // order or approval is no demand or endorsement of its own)
  ["Airstrikes on Gaza were ordered by Israel's prime minister.", [['ISRGOV', 'PSE', '195']]],
  ['Attacks on Israeli ships have been ordered by the Houthi leadership.', [['YEMREB', 'ISR', '190']]],
  ['The assault on Ukraine was ordered by Putin.', [['RUSGOV', 'UKR', '182']]],
  ['The 2019 attack on Saudi oil facilities was carried out by Iran, US officials said.', [['IRN', 'SAU', '190']]],
  ['The offensive against Hezbollah was approved by the Israeli cabinet.', [['ISRGOV', 'LBNREBHEZ', '190']]],
  ['Kenya said the raid on the Somali camp had been conducted by Kenyan special forces.', [['KENMIL', 'SOM', '171']]],
  ['The killing of the protesters was committed by Syrian soldiers.', [['SYRMIL', 'SYRCVL', '1823']]],
  // an attack foiled or thwarted is fought off, as one repelled: force against its doer, and its doer's attack
  ['Kenyan troops thwarted an attack by al-Shabaab on a military base.', [['KENMIL', 'SOMREB', '190'], ['SOMREB', '---MIL', '190']]],
  ['Nigerian soldiers foiled an assault by Boko Haram fighters on the barracks.', [['NGAMIL', 'NGAREB', '190'], ['NGAREB', 'NGAMIL', '182']]],
  ['The Somali army has thwarted several attacks by al-Shabaab.', [['SOMMIL', 'SOMREB', '190'], ['SOMREB', 'SOMMIL', '190']]],
  // "regards" after the name opening the sentence is its verb (a verb of holding)
  ['The Kremlin regards the government in Kyiv as illegitimate.', [['RUSGOV', 'UKRGOV', '111']]],
  ['Moscow regards the election in Moldova as illegitimate.', [['RUS', 'MDA', '111']]],
  ['Beijing regards the island as its territory.', []],
  // an extradition refused is judicial cooperation refused to the state it would have gone to (or that asked for it),
  // and no extradition; what is asked for is not given either
  ['Turkey refused the extradition of the cleric to the United States.', [['TUR', 'USA', '121']]],
  ['Russia rejected a request for the extradition of the two suspects to Britain.', [['RUS', 'GBR', '121']]],
  ['A Spanish court refused to extradite the businessman to Venezuela.', [['ESPJUD', 'VEN', '121']]],
  ['The extradition of the journalist to the United States was rejected by a British judge.', [['GBRJUD', 'USA', '121']]],
  ["Brazil denied Italy's request for the extradition of the former activist.", [['BRA', 'ITA', '121']]],
  ['Kenya renewed its calls for the release of the Ugandan journalists.', [['KEN', 'UGAMED', '0253']]],
  // ships escorted by a state's navy are protected whoever owns them; a threat to close a sea route needs no target, as
  // the closure does, and a condition on the threatener itself names no one; ships blocked at sea are a blockade; a
  // navy's ships sent somewhere are deployed, not given; a right suspended is restricted
  ['Greek warships escorted a convoy of cargo ships through the Red Sea.', [['GRCMIL', '', '074']]],
  ['Turkey threatened to close the straits if it was attacked.', [['TUR', '', '1381']]],
  ['Iran threatened to shut the waterway.', [['IRN', '', '1381']]],
  ['Chinese coast guard vessels blocked two Vietnamese fishing boats.', [['CHNMIL', 'VNM', '191']]],
  ['Britain sent a destroyer to the Red Sea.', [['GBR', '', '154']]],
  ['Finland suspended the right to seek asylum at its eastern border.', [['FIN', 'FIN', '172']]],
  // "X, which Y accuses of …": a relative clause with a subject of its own has the antecedent as its object
  ['Kenya expelled the envoy of Uganda, which Nairobi accuses of arming rebels.', [['KEN', 'UGAGOV', '112'], ['KEN', 'UGAGOV', '161']]],
  ['The talks were held in Qatar, which Israel has criticised for hosting Hamas.', [['ISR', 'QAT', '111']]],
  // a passive reaction to an act named as a noun with its doer after "by" is aimed at the doer
  ['Attacks on Greek ships by the Houthis were condemned by the EU.', [['IGOEUREEC', 'YEMREB', '111'], ['YEMREB', 'GRC', '190']]],
  ['The seizure of the tanker by Iran was condemned by the EU.', [['IGOEUREEC', 'IRN', '111']]],
  // a lower oil price cap tightens a sanction; "in what <a body's longer name> called …" still names the reacting body
  ['The G7 lowered the price cap on Russian oil.', [['IGOGOS', 'RUS', '163']]],
  ["Chinese jets flew near Taiwan in what Japan's Defence Ministry called a dangerous provocation.", [['JPNGOV', 'CHN', '111']]],
  // a pattern's words before the verb are read in the verb's own clause: troops, shelling or rockets of an earlier
  // clause do not make a visit a deployment, a riot a looting or gunmen's killing a bombardment ...
  ['Troops crossed into the region on Monday, and the Kenyan president visited Uganda.', [['KENGOV', 'UGA', '042']]],
  ['Insurgents shelled the town overnight, and inmates rioted at a prison in Kenya.', [['KENCVL', 'KEN', '145']]],
  ['Militants fired rockets at the town, and the Kenyan army said gunmen killed three villagers.', [['KENREB', 'KENCVL', '193']]],
  // ... while the subject's own phrase, a relative clause's antecedent and a subordinate clause's subject still count
  ['Rockets fired by militants killed three Kenyan villagers.', [['KENINS', 'KENCVL', '194']]],
  ['An Israeli airstrike on a car in southern Lebanon, which killed two Hezbollah members, drew condemnation.', [['LBN', 'LBNREBHEZ', '195']]],
  // a chamber named by its own name ("the Senate", "Congress") takes a country from context only when that state has
  // such a chamber; the text may still say whose it is
  ["Iran's foreign minister condemned the strike. The Senate voted to condemn Iran.", [['---LEG', 'IRN', '111']]],
  ['Tehran hosted the talks. The Senate criticised Israel.', [['---LEG', 'ISR', '111']]],
  ['France condemned the strike. The Senate criticised Israel.', [['FRALEG', 'ISR', '111']]],
  ['The Senate in Tehran criticised Israel.', [['IRNLEG', 'ISR', '111']]],
  ["Kazakhstan's Senate criticised Russia.", [['KAZLEG', 'RUS', '111']]],
  ['Indian officials met the protesters. Congress criticised the prime minister.', [['---LEG', 'INDGOV', '111'], ['INDGOV', 'INDCVL', '040']]],
  // "both governments", "both leaders": a pair whose role noun is a mention from "both" on names the two parties too
  ['Kenya and Uganda held talks in Nairobi on Monday. Both governments praised the agreement.', [['KEN', 'UGA', '040'], ['KENGOV', 'UGAGOV', '051'], ['UGA', 'KEN', '040'], ['UGAGOV', 'KENGOV', '051']]],
  ['Kenya and Uganda held talks in Nairobi on Monday. Both leaders criticised Somalia.', [['KEN', 'UGA', '040'], ['KENGOV', 'SOM', '111'], ['UGA', 'KEN', '040'], ['UGAGOV', 'SOM', '111']]],
  ['Both governments praised the agreement.', []],
  // an institution whose name other states' bodies bear is the state written before it, by possessive or adjective,
  // whatever follows it; the bare name is the dictionary's
  ["Pakistan's Joint Chiefs of Staff Committee chairman criticised India.", [['PAKMIL', 'IND', '111']]],
  ['The South Korean Joint Chiefs of Staff criticised Japan.', [['KORMIL', 'JPN', '111']]],
  ['The Joint Chiefs of Staff criticised Iran.', [['USAMIL', 'IRN', '111']]],
  ['Iranian Quds Force commanders criticised Israel.', [['IRNMIL', 'ISR', '111']]],
  // "its inspectors", "its researchers": a possessive before a role only an international or non-governmental body has
  // is such a body's, not the nearer state's
  ['The IAEA said Syria had expelled its inspectors.', [['SYR', 'IGOUNOIAE', '1662']]],
  ['Syria expelled its inspectors.', [['SYR', 'IGO---', '1662']]],
  ['Russia said Ukraine had withdrawn its troops from the village.', [['UKR', '', '0874']]],
  // a word of denial a naming verb puts on a charge rejects it (016), aimed at its accuser
  ["Beijing criticised the report, calling Tokyo's accusations groundless.", [['CHN', 'JPN', '016']]],
  ["Moscow called Kyiv's allegations false.", [['RUS', 'UKR', '016']]],
  ['Kenya accused Uganda of arming rebels. Uganda called the accusations baseless.', [['KEN', 'UGA', '112'], ['UGA', 'KEN', '016']]],
  ["Moscow called Kyiv's sanctions baseless.", []],
  // a body's decision to impose sanctions is the imposition, as decided (no threat); a vow is a threat
  ['The European Union agreed to impose sanctions on Belarus.', [['IGOEUREEC', 'BLR', '163']]],
  ['The European Union vowed to impose sanctions on Belarus.', [['IGOEUREEC', 'BLR', '1312']]],
  ['The European Union did not agree to impose sanctions on Belarus.', []],
  // what one expects another to do is neither done nor asked for
  ['Kenya expects Uganda to free the detained journalists.', []],
  ['Washington expects Beijing to rein in Pyongyang.', []],
  ['Washington urged Beijing to rein in Pyongyang.', [['USA', 'CHN', '020']]],
  // officials with no country in a story of two states stay unplaced; so do they once the story has named a second
  ['Kenya and Uganda signed a trade deal on Monday. Officials criticised Somalia.', [['---GOV', 'SOM', '111'], ['KEN', 'UGA', '057'], ['UGA', 'KEN', '057']]],
  ['Kenyan police arrested protesters on Monday. Officials criticised Somalia.', [['---GOV', 'SOM', '111'], ['KENCOP', 'KENCVL', '173']]],
  // a place put under a state of emergency or emergency rule is an emergency imposed on the state's own people
  ["Peru's president placed three southern regions under a state of emergency on Monday.", [['PERGOV', 'PER', '1724']]],
  ["Sri Lanka's government put the Northern Province under emergency rule.", [['LKAGOV', 'LKA', '1724']]],
  // an ambassador ordered or called home is recalled, also when the phrase names the post ("its ambassador in X")
  ['Chile ordered its ambassador in Buenos Aires home for consultations.', [['CHL', 'ARGGOV', '161']]],
  ['Ghana called its envoy in Abuja home after the border incident.', [['GHA', 'NGAGOV', '161']]],
  // a role and a name of several words between "found" and "guilty" (Jimmy Lai: Hong Kong's jailed publisher)
  ['A Hong Kong court found the publisher Jimmy Lai guilty on Thursday of sedition.', [['HKGJUD', 'HKGOPPMED', '116']]],
  // ", and" before a new subject (its own numbers and determiners first) opens a clause of its own, out of the
  // infinitive of demand before it
  ['Students marched through Nairobi to demand lower fees, and two men were shot dead by Kenyan police.', [['KENCOP', 'KENCVL', '1823'], ['KENEDU', 'KEN', '141']]],
  // a phrasal verb wink reads as an adjective after a plural subject
  ['Egyptian authorities rounded up dozens of activists on Friday.', [['EGYGOV', 'EGYCVL', '173']]],
  // "X or Y" in a condition: each is whom the threat is aimed at
  ['Kenya warned that it would retaliate if Uganda or Tanzania attacked its border posts.', [['KEN', 'TZA', '130'], ['KEN', 'UGA', '130']]],
  // the U.N.'s coordinator in a country is its official; expelled, an individual (174), not residents driven out (201)
  ["Niger expelled the U.N.'s humanitarian coordinator.", [['NER', 'IGOUNO', '174']]],
  ["Sudan's army expelled residents of the town.", [['SDNMIL', 'SDNCVL', '201']]],
  // a bare plural for the acts before it, set off by a comma, takes a reaction as "a move" does
  ["Kenya closed its border with Somalia, measures that Somalia's president condemned as hostile.", [['KEN', 'SOM', '191'], ['SOMGOV', 'KEN', '111']]],
  // a deed a verb of permitting lets be done is done when the permission is given (not when it is proposed, refused or
  // to come: NOT_CODED)
  ['Turkey allowed U.S. air strikes on Syria from its bases.', [['TUR', 'USAMIL', '062'], ['USAMIL', 'SYR', '195']]],
  // "both" alone as what a verb acts on is the pair named before: in this sentence, past its subject ("spoke with
  // Presidents A and B and urged both"), else in the sentences before; parties named in a relative clause set off by
  // commas are not the pair, nor does "and" there join the verb after the closing comma to the relative's
  ['U.S. envoy Massad Boulos spoke by telephone with Presidents Felix Tshisekedi and Paul Kagame on Monday and urged both to respect the accord.', [['USAGOV', 'CODGOV', '020'], ['USAGOV', 'CODGOV', '041'], ['USAGOV', 'RWAGOV', '020'], ['USAGOV', 'RWAGOV', '041']]],
  ['Kenya accused Uganda of arming rebels. Tanzania urged both to show restraint.', [['KEN', 'UGA', '112'], ['TZA', 'KEN', '020'], ['TZA', 'UGA', '020']]],
  ["Tanzania's president met Kenya's president and urged both to show restraint.", [['TZAGOV', '', '020'], ['TZAGOV', 'KENGOV', '040']]],
  ['Niger closed its border with Benin. ECOWAS, which Niger left last year together with Mali and Burkina Faso, urged both governments to settle their differences.', [['IGOWAFWAS', 'BENGOV', '027'], ['IGOWAFWAS', 'NERGOV', '027'], ['NER', 'BEN', '191'], ['NER', 'IGOWAFWAS', '161']]],
  ['The EU, which Britain left in 2020 along with Gibraltar and Malta, criticised Russia.', [['GBR', 'IGOEUREEC', '161'], ['IGOEUREEC', 'RUS', '111']]],
  // a junta's spokesman is the junta's state's; "both governments" with no sentence in reach naming two is the pair of
  // the latest sentence before them that does (the lead); a body's head after "Its" (a noun of its part between) is the
  // body, a state's its government, and a body's troops are not the body
  ["Niger's military government closed its border with Benin. The junta's spokesman said on Monday that Benin was serving foreign interests. Benin rejected the claims. France denied them. Traders protested. ECOWAS urged both governments to talk.", [['---BUS', '', '140'], ['IGOWAFWAS', 'BENGOV', '026'], ['IGOWAFWAS', 'NERGOV', '026'], ['NERMILGOV', 'BEN', '191']]],
  ["Burkina Faso's military government expelled the French ambassador. Russia criticised the decision. The junta's spokesman thanked Moscow.", [['BFAGOV', 'RUS', '051'], ['BFAMILGOV', 'FRAGOV', '161'], ['RUS', 'BFAMILGOV', '111']]],
  ['Niger closed its border with Benin. ECOWAS urged both governments to settle. Its commission president, Omar Alieu Touray, said he would travel to Niamey.', [['IGOWAFWAS', 'BENGOV', '027'], ['IGOWAFWAS', 'NER', '036'], ['IGOWAFWAS', 'NERGOV', '027'], ['NER', 'BEN', '191']]],
  ['The African Union condemned the coup. Its chairman visited Gabon.', [['IGOAFRAFU', 'GAB', '042']]],
  ['Kenya closed its border with Uganda. Its president said he would visit Tanzania.', [['KEN', 'UGA', '191'], ['KENGOV', 'TZA', '036']]],
  ['NATO condemned the attack. Its troops patrolled Kosovo.', [['---MIL', 'KSV', '150']]],
  // a release asked for of people held with no country, or of the asker's own, is asked of whoever took them (the doer
  // of the latest seizure, arrest or abduction); a holder named is kept, and with no deed told the held stay the target
  ['Chinese coast guard officers boarded a Taiwanese fishing boat near Kinmen. Mainland Affairs Council spokesman Liang Wen-chieh condemned the detention and demanded the immediate release of the fishermen.', [['CHNMIL', 'TWN', '171'], ['TWNGOV', 'CHNMIL', '1053'], ['TWNGOV', 'CHNMIL', '111']]],
  ["Norwegian coast guard officers boarded a Russian trawler off Svalbard. Russia's embassy demanded the immediate release of the ship and its crew.", [['NORMIL', 'RUS', '171'], ['RUSGOV', 'NORMIL', '1053']]],
  ['Iranian forces seized a British-flagged tanker in the Strait of Hormuz. Britain called for the release of its crew.', [['GBR', 'IRNMIL', '0253'], ['IRNMIL', 'GBR', '1711']]],
  ['Kenyan police arrested three Ugandan journalists. Uganda demanded the release of the journalists.', [['KENCOP', 'UGAMED', '173'], ['UGA', 'KENCOP', '1053']]],
  ['Uganda demanded the release of the journalists.', [['UGA', 'UGAMED', '1053']]],
  ['Houthi rebels seized a cargo ship. Japan called on Iran to secure the release of the crew.', [['JPN', 'IRN', '020'], ['YEMREB', '', '1711']]],
  // Taiwan's councils for the mainland and the sea are its government's; Beijing's Taiwan Affairs Office is China's
  ['The Ocean Affairs Council accused China\'s coast guard of harassing Taiwanese fishermen.', [['TWNGOV', 'CHNMIL', '112']]],
  ['The Mainland Affairs Council criticised Beijing.', [['TWNGOV', 'CHN', '111']]],
  ['The Taiwan Affairs Office criticised Taipei.', [['CHNGOV', 'TWN', '111']]],
  // police, prosecutors and courts with no country are those of the country the story is filed from, when their sentence
  // names no other state or opens with that one (not "police in X", nor another state's statement)
  ['CHISINAU — Moldova expelled two Russian diplomats after police detained five men. Prosecutors charged the men with sabotage.', [['MDA', 'RUSGOV', '161'], ['MDACOP', '---CVL', '173'], ['MDAJUD', 'MDACVL', '173']]],
  ['OSLO — Police arrested two men near the airport.', [['NORCOP', 'NORCVL', '173']]],
  ['KYIV — Police in Moscow detained two Ukrainian activists.', [['RUSCOP', 'UKRCVL', '173']]],
  ['LONDON — Iran said police had arrested three British nationals.', [['---COP', 'GBR', '173']]],
  ['NAIROBI — Police arrested two Ugandan traders.', [['---COP', 'UGABUS', '173']]],
  ['Kenya expelled two Ugandan diplomats after police detained five men.', [['---COP', '---CVL', '173'], ['KEN', 'UGAGOV', '161']]],
  // "he" after a body's head named by "Its" is that head
  ['ECOWAS urged Niger to settle. Its commission president said he would visit Niamey.', [['IGOWAFWAS', 'NER', '027'], ['IGOWAFWAS', 'NER', '036']]],
  // people in custody sent to another state are handed over (063), not aid; "its neighbour" is the other state named
  // latest (a name after it is that name); "whose troops" are the antecedent state's
  ['Mexico sent 37 jailed members of drug cartels to the United States on Tuesday.', [['MEX', 'USA', '063']]],
  ['Colombia sent two suspects to Spain.', [['COL', 'ESP', '063']]],
  ['Kenya sent food to Somalia.', [['KEN', 'SOM', '073']]],
  ['Niger closed its border with Benin on Tuesday and recalled its ambassador from Cotonou, accusing its southern neighbour of harbouring rebels.', [['NER', 'BEN', '112'], ['NER', 'BEN', '161'], ['NER', 'BEN', '191']]],
  ['Kenya accused its neighbour Uganda of arming rebels.', [['KEN', 'UGA', '112']]],
  ['Burundi, whose troops have fought alongside the Congolese army, closed its border with Congo.', [['BDI', 'COD', '191'], ['BDIMIL', 'CODMIL', '193']]],
  ['Kenya, whose troops serve in Somalia, condemned the attack on Mogadishu.', [['KEN', 'SOM', '111']]],
  // a suggestion rejected ("the idea", "the proposal") is aimed at whoever proposed it; a pair of groups is no pair of
  // one name
  ['U.S. senators proposed drone strikes on Mexican cartels. Mexico\'s president rejected the idea.', [['MEXGOV', 'USALEG', '120'], ['USALEG', 'MEXCRM', '020']]],
  ['Hungary proposed a ceasefire in Ukraine. Kyiv rejected the proposal.', [['HUN', 'UKR', '0256'], ['UKR', 'HUN', '120']]],
  ['Kenya rejected the idea.', []],
  ['Prime Minister Abdulhamid Dbeibah ordered both groups to withdraw.', [['LBYGOV', '', '1056']]],
  // the patient of a passive told again keeps no country it took only from the speaker's state
  ["Chinese coast guard officers boarded a Taiwanese fishing boat near Kinmen on Friday. China's Taiwan Affairs Office said the crew had been detained for illegal fishing.", [['CHNMIL', 'TWN', '171']]],
  // a protest against "the <deed>", or against what the speaker called it, is aimed at the deed's doer
  ["Norwegian coast guard officers boarded a Russian fishing trawler on Saturday. Russia's embassy in Oslo protested against what it called the “illegal seizure” of the vessel.", [['NORMIL', 'RUS', '171'], ['RUSGOV', 'NORMIL', '114']]],
  ['Israel struck a convoy in Syria. Iran condemned what it called the “criminal attack”.', [['IRN', 'ISR', '111'], ['ISR', 'SYR', '190']]],
  ["Russia's embassy protested against what it called discrimination.", []],
  // a state charged with a deed is accused of it, and the deed is only alleged (people charged are held: 173)
  ['Kenya charged Uganda with arming rebels.', [['KEN', 'UGA', '112']]],
  ['Police charged two journalists with spying.', [['---COP', '---MED', '173']]],
  // "Its" after a sentence opened by a subject with a relative clause set off by commas is that subject's, not the
  // relative clause's subject
  ['ECOWAS, which Niger left last year, urged Benin to talk. Its commission president said he was ready to travel to Niamey.', [['IGOWAFWAS', 'BEN', '026'], ['IGOWAFWAS', 'NER', '036'], ['NER', 'IGOWAFWAS', '161']]],
  // a past form after "and" does not share the modal or negation of a bare passive before it ("would not be
  // intimidated and thanked X": the thanks happened); one with its own modal keeps it
  ['President Maia Sandu said Moldova would not be intimidated and thanked Romania and the European Union for their support.', [['MDAGOV', 'IGOEUREEC', '051'], ['MDAGOV', 'ROU', '051']]],
  ['Kenya said it would not be pressured and criticised Uganda.', [['KEN', 'UGA', '111']]],
  ['Kenya said it would not be pressured and would criticise Uganda.', []],
  // (cevent) a release or return asked for is asked of whoever holds the released: the BY phrase of a participle of
  // holding on them, else the country they are held in; a release welcomed is the holder's deed, which the holder made
  ["Kenya demanded the release of the hostages held by al-Shabaab.", [['KEN', 'SOMREB', '1053']]],
  ["The United Nations called for the immediate release of aid workers detained by the Houthis.", [['IGOUNO', 'YEMREB', '1053'], ['YEMREB', 'NGO---', '173']]],
  ["Washington demanded the release of Americans detained by Venezuela.", [['USA', 'VEN', '1053'], ['VEN', 'USA', '173']]],
  ["Ukraine demanded the return of children deported by Russia.", [['RUS', 'UKRCVL', '201'], ['UKR', 'RUS', '1053']]],
  ["Israel demanded the return of hostages held in Gaza.", [['ISR', 'PSE', '1053']]],
  ["The European Union called for the release of journalists jailed by Belarus.", [['BLR', 'BLRMED', '173'], ['IGOEUREEC', 'BLR', '0253']]],
  ["Kenya welcomed the release of the hostages held by al-Shabaab.", [['KEN', 'SOMREB', '051']]],
  ["Kenya welcomed the release of three Ugandan hostages held by al-Shabaab.", [['KEN', 'SOMREB', '051'], ['SOMREB', 'UGACVL', '084']]],
  ["Turkey secured the release of 20 Turkish sailors held by Houthi rebels.", [['YEMREB', 'TURMIL', '084']]],
  ["Turkey secured the release of 20 sailors held by Houthi rebels.", []],
  ["Kenya welcomed the delegation held up by traffic.", [['KEN', 'KENGOV', '051']]],
  // (cevent) what one wins or secures from another, the other yields or gives (OBTAIN's reverse patterns); winning an
  // election, securing a place, is no event
  ["Japan won a cut in tariffs from the United States.", [['USA', 'JPN', '085']]],
  ["Mexico secured a concession from the United States on steel tariffs.", [['USA', 'MEX', '080']]],
  ["Britain secured an exemption from US tariffs.", [['USA', 'GBR', '085']]],
  ["Kiev secured a $15 billion loan from the IMF.", [['IGOBUSIMF', 'UKR', '071']]],
  ["Ukraine won a promise of more weapons from Germany.", [['DEU', 'UKR', '030']]],
  ["Trump won the election.", []],
  ["Troops secured the airport.", []],
  ["Washington lowered tariffs on Mexican steel.", [['USA', 'MEX', '085']]],
  ["The central bank lowered interest rates.", []],
  // (cevent) a launch site names who fired: a state or a state's forces, also when the weapon is an agent mention or
  // ends a passive's BY phrase; a site that names no state leaves the doer unnamed (no source)
  ["Drones launched from Lebanon struck northern Israel.", [['LBN', 'ISR', '1952']]],
  ["A drone launched from Lebanon struck a house in Israel.", [['LBN', 'ISR', '1952']]],
  ["A missile fired from a Russian warship struck Odesa.", [['RUSMIL', 'UKR', '195']]],
  ["A missile fired from a ship struck Odesa.", [['', 'UKR', '195']]],
  ["A Greek-owned bulk carrier was struck by two drones launched from Yemen.", [['YEM', 'GRC', '1952']]],
  ["Israel was hit by missiles fired from Iran.", [['IRN', 'ISR', '195']]],
  ["Israel was hit by missiles fired from a ship.", [['', 'ISR', '195']]],
  // (cevent) an attack by a named doer on a ship with no flag named is kept with no target, as one on a facility
  ["Two drones launched from Yemen struck a cargo ship in the Red Sea.", [['YEM', '', '1952']]],
  // (cevent) a role in the singular modifying the noun after it says what an agreement is about, not whom it is with
  ["Russia and Ukraine signed a prisoner exchange agreement.", [['RUS', 'UKR', '057'], ['UKR', 'RUS', '057']]],
  ["Kenya and Uganda signed a refugee agreement.", [['KEN', 'UGA', '057'], ['UGA', 'KEN', '057']]],
  ["Kenya signed a refugee agreement with Uganda.", [['KEN', 'UGA', '057']]],
  ["Police raided a refugee camp in Kenya.", [['KENCOP', 'KENREF', '173']]],
  // (cevent) a deed laid on someone by a noun is alleged, not asserted
  ["Ukraine accused Russia of the shelling of a hospital in Kharkiv.", [['UKR', 'RUS', '1123']]],
  ["Israel blamed Hezbollah for the attack on Israel.", [['ISR', 'LBNREBHEZ', '1123']]],
  ["Pakistan blamed the bombing of the mosque on India.", [['PAK', 'IND', '112']]],
  // (cevent) light verbs: an assault mounted is a military one; approval given is endorsement, not aid
  ["The rebels mounted an assault on the city of Goma.", [['---REB', 'COD', '190']]],
  ["Turkey gave its approval to Sweden.", [['TUR', 'SWE', '051']]],
  // (cevent) a quantity before the deed noun keeps it the light verb's object: one strike, by the subject
  ["Israel carried out a series of airstrikes against Hezbollah positions.", [['ISR', 'LBNREBHEZ', '195']]],
  ["Russia launched a wave of drone attacks on Kyiv.", [['RUS', 'UKR', '1952']]],
  // (cevent) mediation: a verb read as an adjective after a determined noun, a mediator "acting as mediator" for the
  // subject of the clause it hangs off, mediators "through" whom talks are held, a participle set off by commas after
  // "talks between A and B"; hostages whose release was brokered are no party; a capacity "as" is no target
  ["Malaysia's prime minister mediated talks between Cambodia and Thailand.", [['MYSGOV', 'KHM', '045'], ['MYSGOV', 'THA', '045']]],
  ["Iran and the United States held indirect talks in Muscat, with Oman acting as mediator.", [['IRN', 'USA', '040'], ['OMN', 'IRN', '045'], ['OMN', 'USA', '045'], ['USA', 'IRN', '040']]],
  ["Israel and Hamas held indirect talks through Egyptian mediators.", [['EGYGOV', 'ISR', '045'], ['EGYGOV', 'PSEREBHMS', '045'], ['ISR', 'PSEREBHMS', '040'], ['PSEREBHMS', 'ISR', '040']]],
  ["Talks between Israel and Hamas, mediated by Egypt, ended without agreement.", [['EGY', 'ISR', '045'], ['EGY', 'PSEREBHMS', '045'], ['ISR', 'PSEREBHMS', '040'], ['PSEREBHMS', 'ISR', '040']]],
  ["Qatar brokered the release of four hostages.", []],
  ["Sheikh Hasina resigned as Bangladesh's prime minister.", [['BGDELI', 'BGDGOV', '0831']]],
  // an official the dictionaries do not know, named after a state's title ("X's defence minister, NAME,"; "Title NAME of
  // X"), keeps the state by surname and pronoun in the next sentence; a title with no state is not placed by its object
  ["Lithuania's defence minister, Dovile Sakaliene, warned Russia on Tuesday. Sakaliene accused Moscow of sabotage.", [['LTUGOV', 'RUS', '1125'], ['LTUGOV', 'RUS', '130']]],
  ["Kenya's interior minister, Kipchumba Murkomen, criticised Uganda on Monday. Murkomen later met Tanzania's president.", [['KENGOV', 'TZAGOV', '040'], ['KENGOV', 'UGA', '111']]],
  ["The foreign minister of Peru, Elmer Schialer, met Chile's president. Schialer later criticised Bolivia.", [['PERGOV', 'BOL', '111'], ['PERGOV', 'CHLGOV', '040']]],
  ['Interior Minister Carlos Malaver of Peru accused Chile of spying. He also criticised Bolivia.', [['PERGOV', 'BOL', '111'], ['PERGOV', 'CHL', '112']]],
  ['Interior Minister Carlos Malaver of Peru accused Chile of spying. Malaver also criticised Bolivia.', [['PERGOV', 'BOL', '111'], ['PERGOV', 'CHL', '112']]],
  ["Foreign Minister Yvette Van der Merwe of Namibia met Angola's president. She praised Luanda.", [['NAMGOV', 'AGO', '051'], ['NAMGOV', 'AGOGOV', '040']]],
  ['Interior Minister Carlos Malaver accused Chile of spying.', [['---GOV', 'CHL', '112']]],
  ["Kenya's foreign minister, on Monday, criticised Uganda.", [['KENGOV', 'UGA', '111']]],
  // ... a name opening the sentence before such a title set off by commas, and a name after a state's lower-case title
  ["Mohammed Idris, Nigeria's information minister, accused Niger of harbouring bandits. Idris also criticised Chad.", [['NGAGOV', 'NER', '112'], ['NGAGOV', 'TCD', '111']]],
  ['Dovile Sakaliene, the Lithuanian defence minister, warned Russia. Sakaliene accused Moscow of sabotage.', [['LTUGOV', 'RUS', '1125'], ['LTUGOV', 'RUS', '130']]],
  ["Eswatini's prime minister Russell Dlamini met Mozambique's president. Dlamini praised Maputo.", [['SWZGOV', 'MOZ', '051'], ['SWZGOV', 'MOZGOV', '040']]],
  // (a place set off the same way is no office-holder: "Nigeria's largest city")
  ["Police in Lagos, Nigeria's largest city, arrested protesters. Lagos remained calm.", [['NGACOP', 'NGACVL', '173']]],
  // "the council", "the commission", "the court" after a body named by a name with that head is that body (a bare "the
  // court" with none before is the state's judiciary)
  ["Venezuela's National Electoral Council declared Maduro the winner. The opposition accused the council of fraud.", [['VENOPP', 'VENGOV', '1121']]],
  ["Kenya's Independent Electoral and Boundaries Commission postponed the vote. The opposition accused the commission of fraud.", [['KENGOV', 'KEN', '172'], ['KENOPP', 'KENGOV', '1121']]],
  ['The International Criminal Court issued a warrant for Netanyahu. Israel condemned the court.', [['IGOJUDICC', 'ISRGOV', '173'], ['ISR', 'IGOJUDICC', '111']]],
  ['Israel condemned the court.', [['ISR', 'ISRJUD', '111']]],
  ['The Council of Europe criticised Turkey.', [['IGOEURCOE', 'TUR', '111']]],
  // bodies no dictionary names, by the head of their name: a party, a liberation front, a militia's brigade; a state before
  // or after them owns them, else the sentence's one state places them (a lower-case "ruling party" stays the dictionary's)
  ['The National Unity Party accused the government of Cyprus of fraud.', [['CYPPTY', 'CYPGOV', '1121']]],
  ['The Communist Party of Cuba condemned the United States.', [['CUBPTY', 'USA', '111']]],
  ['The Zambian Patriotic Front accused the opposition of fraud.', [['ZMBPTY', 'ZMBOPP', '1121']]],
  ['The Oromo Liberation Front attacked police in Ethiopia.', [['ETHREB', 'ETHCOP', '190']]],
  ['The al-Bara Brigade attacked a village in Sudan.', [['SDNREB', 'SDN', '190']]],
  ["Ghana's ruling party accused the opposition of fraud.", [['GHAGOV', 'GHAOPP', '1121']]],
  // a company owned by a state is that state's; an armed group a state controls is its proxy, not its forces
  ['The US sanctioned a firm owned by the Chinese state.', [['USA', 'CHNBUS', '163']]],
  ['Washington blacklisted a company that is controlled by Beijing.', [['USA', 'CHNBUS', '163']]],
  ['Militias controlled by Iran attacked US troops in Syria.', [['---UAF', 'USAMIL', '190']]],
  // collective names of regions' states
  ['The Europeans and the Americans urged Iran to negotiate.', [['EUR', 'IRN', '026'], ['USA', 'IRN', '026']]],
  ['The Gulf countries condemned the attack on Qatar.', [['PGS', 'QAT', '111']]],
  // a phrase after a noun owned by another phrase's actor is that noun's: the owner is whom the verb is about ("concerns
  // about Chinese support for Russia"); with no owner, the phrase's actor is
  ['NATO voiced concerns about Chinese support for Russia.', [['IGOWSTNAT', 'CHN', '012']]],
  ["Japan expressed concern about North Korea's cooperation with Russia.", [['JPN', 'PRK', '012']]],
  ['Germany voiced concern about arms sales to Israel.', [['DEU', 'ISR', '012']]],
  // (not a noun of relation, nor the subject's own state's relations)
  ['Latvia voiced concern about the Russian language on national radio.', [['LVA', '---MED', '012']]],
  ['Bush gave a speech on US relations with Asia.', [['USAELI', 'ASA', '010']]],
  // (the charge itself is still coded)
  ['Prosecutors charged the activist with inciting violence.', [['---JUD', '---CVL', '173']]],
  // "its neighbour" is the other state told latest (none told, an armed group, or an appositive's own name: left as it was)
  ['India accused Pakistan of shelling. Its southern neighbour rejected the claim.', [['IND', 'PAK', '1123'], ['PAK', 'IND', '016']]],
  ['Kenya closed its border on Monday. Its northern neighbour condemned the move.', [['KEN', '', '191']]],
  ['Rwanda denied backing the M23 rebels. Its larger neighbour accused Kigali of lying.', [['RWA', 'CODREB', '016']]],
  ['Russia massed troops near Ukraine. Belarus, its neighbour, denied involvement.', [['RUS', 'UKR', '154']]],
  // a weapon or craft with no country doing violence is not the country of the place or target it struck (the text
  // does not say whose it is); a country written to it, a launch from a place, a person who attacks (CAMEO codes a
  // domestic story's gunmen as the country's) or a non-violent act keep the country
  ['Drones hit an energy facility in Odesa.', [['---MIL', 'UKR', '1952']]],
  ['In Odesa, drones struck a power plant overnight.', [['---MIL', '', '1952']]],
  ["Drones attacked Russia's Bryansk region overnight.", [['---MIL', 'RUS', '1952']]],
  ['Drones struck a hospital in Sudan, killing nine people.', [['---MIL', 'SDNCVL', '195'], ['---MIL', 'SDNHLH', '1952']]],
  ['Missiles and drones hit Kharkiv overnight, wounding 12 people.', [['---MIL', 'UKR', '1952'], ['---MIL', 'UKRCVL', '1952']]],
  ['Drones launched from Russia hit an energy facility in Odesa.', [['RUS', 'UKR', '1952']]],
  ['Ukrainian drones hit an oil depot in Bryansk.', [['UKRMIL', 'RUS', '1952']]],
  ["Russia's drones hit an energy facility in Odesa.", [['RUSMIL', 'UKR', '1952']]],
  ['An Israeli drone struck a car in southern Lebanon.', [['ISRMIL', 'LBN', '1952']]],
  ['Gunmen abducted 20 students from a school in northwestern Nigeria.', [['NGAREB', 'NGAEDU', '181']]],
  ['Police in Nairobi arrested ten protesters.', [['KENCOP', 'KENCVL', '173']]],
  ["Ukraine's grid operator reported outages in Odesa. Drones hit an energy facility overnight.", [['---MIL', '', '1952']]],
  ["Ukraine's grid operator reported outages in Odesa. Troops attacked rebels overnight.", [['UKRMIL', 'UKRREB', '190']]],
];

const NOT_CODED: [string, string][] = [
  // (a deal's go-between is no party to its signing: GOLD)
  ['The militia that signed a deal brokered by Turkey withdrew from the town.', '057'],
  // (the agent of a participle on a noun after the verb is not the verb's doer, even after a relative clause on the
  // subject)
  ['Israeli troops who raided the camp withdrew from Jenin under a truce brokered by Egypt.', '0874'],
  ['The Malian soldiers who fled the base returned to Gao under an accord brokered by Algeria.', '0874'],
  ['Russian forces that occupied the plant handed it back to Ukraine under an agreement brokered by Turkey.', '0842'],
  ['Russian troops withdrew yesterday attacked Kyiv.', '190'],
  ['Kyiv reported an overnight hit on the power grid.', '1952'],
  // (a town's name as the object of a verb done to people is a person's; a small town of a country the text does not
  // name, a town name that is mostly a common word, and a place that is no town are no target; a storm is no weapon)
  ['Soldiers shot Lincoln.', '190'],
  ['Gunmen killed Jackson.', '190'],
  ['Troops attacked Menaka.', '190'],
  ['Syrian forces shelled Mobile.', '194'],
  ['Police stormed the offices of Mission.', '190'],
  ['Storms hit Israel.', '190'],
  // (a quoted reply in words is no use of force)
  ['Iran responded with "anger and disbelief" to the drills by Israel.', '190'],
  // (a deed said not to violate the law; a compound saying; another's future feared; stopping)
  ['Iran seized a tanker on Wednesday. Britain said the seizure did not violate international law.', '111'],
  ['Kenya and Uganda said that the border should stay open.', '019'],
  ['Germany feared that Poland would send tanks to Ukraine.', '0332'],
  ['Germany said it would stop supplying tanks to Ukraine.', '0332'],
  // "the North" with no North Korea named before is no one
  ['Kenya urged the North to stop the fighting.', '020'],
  // reaching territory is no incursion
  ['Israel said it had shot down a drone before it reached Israeli territory.', '192'],
  // (no concerns, or concerns denied, are no pessimistic comment)
  ["The Philippines has no concerns about Japan's troops.", '012'],
  ["Germany does not have concerns about Hungary's media law.", '012'],
  // a strike ordered is not yet one (nor is a walkout); an offensive pressed over is no attack
  ['Kenyan dockworkers ordered a strike at the port of Mombasa.', '195'],
  ['The Ugandan president ordered a strike on Kenyan positions.', '195'],
  ['Kenya is considering sending peacekeepers to Somalia.', '074'],
  ['Kenya does not consider the Ugandan government illegitimate.', '111'],
  ['Venezuela considers the Guyanese government legitimate.', '111'],
  ['Serbia shelled the village, a move Croatia called a warning.', '112'],
  ['Kenyan police forced Ugandan traders to leave Nairobi.', '0874'],
  ['Kenyan police forced their way into the Ugandan embassy.', '174'],
  // (a deed directed in the past perfect is background, left to the noun: "who had directed rocket fire at X")
  ['Kenyan commanders, who had directed mortar fire at Somali militants, were praised by Uganda.', '194'],
  ['Kenya pressed Uganda over its offensive in Congo.', '190'],
  // a reacting role with no country is placed in the one state named only when it is none of that state's offices
  ['Nicaragua freed 30 prisoners in what officials called a historic gesture.', '051'],
  ['Nicaragua freed 30 Costa Rican prisoners in what opposition groups called a propaganda stunt.', '111'],
  // what comes after "before" is not established by the clause it follows
  ['Lithuania reopened its border before accusing Minsk of smuggling.', '112'],
  // "him" is no body: an international body's delegation is no role person
  ['Kenya expelled the United Nations delegation, accusing him of bias.', '112'],
  // (a free relative's phrases are not the deed's, nor is its naming verb a telephone call)
  ['Cuba released 12 dissidents in what exiled opposition groups called a cynical ploy ahead of talks with Madrid.', '041'],
  ['Cuba released 12 dissidents in what exiled opposition groups called a cynical ploy ahead of talks with Madrid.', '040'],
  // a possessive relative clause has its own subject and no gap: its verb does not act on the antecedent
  ['Somalia, whose troops attacked at dawn, praised Kenya.', '190'],
  // people on the move arriving somewhere make no visit
  ['Sudanese refugees arrived in Chad on Monday.', '042'],
  ['More than 500 asylum seekers landed in Italy on Sunday.', '042'],
  ['Mali and Niger declared three days of mourning after a blast near the border killed 12 soldiers.', '18'],
  // exchanging fire or views returns no one
  ['India and Pakistan exchanged fire along the Line of Control.', '08'],
  ['China and India exchanged views on the disputed border.', '08'],
  ['Thousands of migrants arrived in the Canary Islands from Senegal.', '042'],
  ['Rebels set fire to a warehouse in Goma.', '145'],
  ['Students set tyres on fire during a march in Accra.', '1712'],
  ['Gunmen opened fire on a minibus in Katsina.', '1712'],
  ['A suicide bomber blew himself up at a bus station in Quetta.', '195'],
  ['Militants set a cargo carrier ablaze off Hodeidah after striking it with missiles.', '145'],
  // a deed in the complement of a verb of denying a claim (DENYING_VERBS, "rebuffed" too) is not asserted
  ['Kenya rebuffed that its troops had shelled Somali villages.', '194'],
  // "the shelling" with no deed told before and no country is nobody condemned (no ---MIL target)
  ['Russia condemned the shelling.', '111'],
  ['Kenya denounced the airstrikes.', '111'],
  ["Iran detained the tanker's crew.", '1711'],
  ['Iran stopped a Greek tanker in the Gulf.', '042'],
  ['Putin ordered his troops to halt attacks on Ukraine.', '10'],
  ["Kenya said Uganda's presence was lawful.", '11'],
  ['Kenya said the strike was illegal.', '11'],
  ['Israel demanded the arrest of Hamas leaders in Turkey.', '173'],
  ['Kenya has demanded the expulsion of Ugandan diplomats.', '161'],
  ['Kenya sent the British suspect to Uganda.', '07'],
  ['Rwanda has sent two Congolese fugitives to Kinshasa.', '07'],
  // (a particle that is only a preposition still may not follow an actor; forces with no country show no posture)
  ['Greece put its navy on the ferries to Crete.', '15'],
  ['Troops were deployed to the border.', '15'],
  ['Turkish troops were attacked near the border.', '15'],
  // (sent abroad by no one named: posture or help to the host, 074)
  ['North Korean troops were sent to Russia.', '15'],
  ['Latvia rejected calls to reintroduce conscription.', '15'],
  ['Japan will step up patrols next year.', '15'],
  ['China held joint drills with Russia.', '15'],
  ['Kenya asked Uganda for an arrest warrant.', '11'],
  ['The ICC prosecutor sought arrest warrants for two Taliban leaders.', '02'],
  ['Kenya welcomed 40 migrants whom Uganda had deported to Somalia.', '174'],
  ['Russia expelled Lithuanian President Gitanas Nauseda and gave him 72 hours to leave the country.', '07'],
  // (... not a killing, whose doer the place does not name)
  // (... nor an arrest called for)
  ['Israel called for the arrest in Turkey of Hamas leaders.', '173'],
  ['The killing of a Libyan suspect in Germany drew condemnation from rights groups.', '18'],
  // ... never one's own side's deed, nor a deed of another kind, nor with no deed told before
  ['Ukrainian drones hit a refinery in Russia. Zelensky condemned the attack.', '111'],
  ['Russian drones struck Kharkiv. The Kremlin condemned the attack.', '111'],
  ['Russian drones struck Kharkiv. Ukraine condemned the arrest.', '111'],
  ['Ukraine condemned the attack.', '111'],
  ["Pakistan's foreign ministry rejected the allegation.", '016'],
  ["Pakistan accused India of shelling villages. Pakistan's army rejected the allegation.", '016'],
  // ... and not done when what it bounds is not ("would keep up the pressure until X agreed": the past tense is the
  // reported speech's)
  ['The EU said it would keep up the pressure until Russia agreed to a ceasefire.', '0871'],
  ['Moscow will lift the ban once Kyiv released the prisoners.', '0841'],
  ["The ICJ ruled that Israel's presence was lawful.", '11'],
  ['Hamas has ruled Gaza since 2007.', '11'],
  ['Hezbollah fired rockets at Haifa, prompting Israel to evacuate towns.', '07'],
  ['The mandate of MONUSCO was extended by the Security Council for a year.', '163'],
  ['The mandate of UNMISS, the U.N. force in South Sudan, was extended by the Security Council.', '163'],
  ['The mandate of UNIFIL, the U.N. peacekeeping mission, will be extended by the Security Council.', '13'],
  ['The Security Council extended the mandate of the U.N. envoy in Libya for a year.', '074'],
  // sending someone in custody somewhere hands them over to that state (063, GOLD), no aid to the person's country
  ['The doctor opened the examination room.', '09'],
  ['The Ugandan envoy met the Kenyan president in Nairobi for talks on ending the war in Somalia.', '087'],
  ['Kenya and Uganda signed an agreement on exchanging prisoners.', '084'],
  // ... and the relative clause's demand stays hypothetical
  ['Russia vetoed a draft resolution that would have demanded a halt to fighting in Sudan, drawing criticism from Britain.', '10'],
  // ... but a vetoer with no country is no actor either
  ['The president vetoed the bill.', '129'],
  // a film's cast is no veto, and an accused person held is no accusation
  ['Kenyan officials said the cast of the film would visit Uganda.', '129'],
  ['Ugandan police released all accused persons.', '112'],
  ['Kenya had cancelled talks with Uganda.', '040'],
  // what someone is pressed into doing is sought, not done
  ['Washington paused aid to pressure Ukraine into accepting a ceasefire.', '0871'],
  ['Washington pressured Ukraine into accepting a ceasefire.', '0871'],
  // ... but not an -ing adjective before a noun after a verb that takes no gerund
  ['Ukraine received sharing equipment from Poland.', '064'],
  // paying, paying off or writing off something that is no debt is no aid
  ['The gamble paid off for Kenya.', '071'],
  ['Kenya paid the bill for the summit with Uganda.', '071'],
  ['Kenya expanded its army.', '163'],
  ['Kenya stopped attacking Somalia.', '162'],
  ['Kenya created a new ministry with Uganda.', '061'],
  // an unknown name with an Arabic particle is no actor (nor is its given name)
  ['Ahmed al-Nouri met Khalil al-Hayya in Cairo.', '040'],
  // what is done "without V-ing" is not done
  ['Zelensky left the White House without signing the minerals deal.', '057'],
  ['Russian troops withdrew from the village without firing a shot at Ukrainian forces.', '193'],
  // what an offensive or a campaign is launched to do has not happened yet
  ['Russian forces pressed an offensive to retake the Kursk region.', '192'],
  ['Kenya launched a campaign to expel Ugandan traders.', '166'],
  // the agents of a passive hostile act whose patient is no actor did not act on each other
  ['Most of them were shot down by Israel, Britain and Jordan.', '190'],
  ["China warned that it would respond, Beijing said, and Japan said it would protest if the Philippines went ahead.", '130'],
  // a truce that takes effect, with no one declaring it, is no act
  ['A ceasefire took effect in Gaza on Sunday.', '0871'],
  // stopping a missile is no show of force by a launch
  ["Israel's air defences intercepted a ballistic missile on Sunday.", '150'],
  // what a meeting or a campaign is aimed at has not happened
  ['Kenya hosted talks aimed at restoring diplomatic relations with Uganda.', '054'],
  ['Sudanese troops shelled Omdurman despite a ceasefire brokered by Saudi Arabia.', '045'],
  ['Armenia and Azerbaijan exchanged prisoners under a deal brokered by Qatar.', '045'],
  ['A truce brokered by Turkey and the UN took effect on Friday.', '045'],
  ['Rwanda sent troops to Mozambique on Monday.', '074'],
  ['India deployed troops to the border as part of a security drill.', '074'],
  ['Russia sent more troops to Syria as part of its military campaign.', '074'],
  ['A ceasefire mediated by Egypt and Qatar took hold in Gaza.', '045'],
  ['The meeting hosted by Kenya ended without a deal.', '045'],
  ['Kenya gave the rebels three days to disarm.', '070'],
  ['Mali expelled two Ukrainian officials.', '0831'],
  // what is alleged or denied stays so through coordinated and governed verbs of the complement
  ['A UN report alleged that Rwandan troops shelled Goma and then attacked Burundian troops.', '194'],
  ['Kigali denied that Rwandan troops shelled Goma and then attacked Burundian troops.', '194'],
  // ... but not with another finite verb in the sentence, where the base form heads a compound noun
  ['Turkish warplanes strike packages were approved by Ankara.', '195'],
  // a thing received from someone is no visit by them
  ['Ghana received a letter from the Togolese president.', '042'],
  // a thing handed is no release
  ['Al-Shabaab handed a list of demands to the Red Cross.', '0841'],
  // a person leaving an organisation's building, or quitting a post there, is no reduced relations
  ['The Gabonese president left NATO headquarters on Friday.', '161'],
  ['A Chadian diplomat quit the African Union after a row with his superiors.', '161'],
  // the infinitive of a plan, promise, threat or offer is still to come
  ["The court ruled that the government's plan to send aid to Uganda was unlawful.", '070'],
  // "asylum seekers" are people: no asylum granted
  ["The government's plan to send asylum seekers to Uganda was unlawful.", '075'],
  // a statement about the speaker's own forces is no denial; representations made by lawyers are no complaint
  ['The Kenyan army said that its soldiers had shelled the town.', '016'],
  ['The lawyers made representations to the court.', '114'],
  // a share of a noun is no event by itself
  ['The minister discussed most of the sanctions on Syria.', '085'],
  // dropping, adopting or raising other things than trade measures or sanctions
  ['Kenya dropped its candidate for the African Union post.', '085'],
  ['The European Union adopted a new migration pact.', '163'],
  ['Russia raised the alarm over NATO drills.', '163'],
  // a text vetoed or blocked, or someone else's, says nothing of the verb's subject
  ['The United States vetoed a resolution demanding a ceasefire in Gaza.', '1056'],
  ['Hungary blocked a European Union statement criticising Israel.', '111'],
  // "signed X on Monday" is not SIGN_ON
  ['Kenya signed a decree on Monday.', '030'],
  ['The Syrian army destroyed Syrian chemical weapons.', '190'],
  // naming, not telephoning: a fronted object, or two noun phrases after the verb
  ['India struck what it called militant camps in Pakistan.', '041'],
  ['Germany called the attack on France a crime.', '041'],
  ['Turkey called Iran a threat to the region.', '041'],
  ['Turkey called the Greek decision unacceptable.', '041'],
  // "called X on Tuesday" is not "called on X"
  ['The French president called Germany on Tuesday.', '020'],
  // "at" before a number is no approximator: the noun after it is not the verb's object
  ['Russia fired at 40 drones over Kyiv.', '1952'],
  ['China blasted the Philippines over the incident.', '175'],
  ['Thailand and Cambodia did not disengage along the border.', '087'],
  ['China lodged a protest with Japan over comments by the Japanese defence minister.', '140'],
  // an object quantified by "no"
  ['Russia and the United States reached no agreement on Ukraine.', '057'],
  // signing an agreement is 057 whatever its content
  ['Vietnam and Japan signed a defence agreement in Hanoi.', '062'],
  ['Kenya and Britain signed a free trade agreement on Monday.', '061'],
  ['Israeli troops killed two Palestinian students in Jenin.', '175'],
  ['Israel struck a Hamas network in Gaza.', '176'],
  ['Militants in Burkina Faso released two Italian aid workers.', '070'],
  ['The World Bank approved a loan to Kenya.', '051'],
  ['Canada expelled six Indian diplomats over the killing of an activist.', '166'],
  ['Niger revoked a military cooperation agreement with the United States.', '081'],
  ['Kenya received aid from Japan.', '043'],
  ['Hamas fighters attacked Israeli troops.', '195'],
  ['Russia and China launched joint naval drills.', '150'],
  ['Bangladesh will impose a curfew.', '1723'],
  ['Kenya plans to deploy police officers to Haiti.', '153'],
  // a participle after the object noun describes it: "seized" is no second, future verb of "will return"
  ['The rebels said they will return weapons and equipment seized last year from United Nations peacekeepers.', '137'],
  ['The Kenyan army aims to retake the town from Somali militants.', '192'],
  ['Sarkozy headed to Beijing, seeking to mend ties with China.', '022'],
  // an expectation is not a fact
  ['Russia is expected to attack Ukraine.', '190'],
  ['The Ethiopian foreign minister was scheduled to visit Eritrea on Thursday.', '042'],
  ['Tanzanian officials are slated to sign the accord with Kenya.', '057'],
  ['The Kenyan president scheduled to meet Ugandan officials on Monday.', '040'],
  ['China is likely to impose sanctions on Japan.', '163'],
  ["Turkey is unlikely to approve Sweden's NATO bid before the summit.", '051'],
  // "preparing to V" is an intention (the lemma of "preparing" is "prepare")
  ['Russia is preparing to launch a new offensive in eastern Ukraine.', '190'],
  ['The Kenyan army aims to retake the town from Somali militants.', '192'],
  ["Niger's junta ordered the French ambassador to leave the country.", '100'],
  ['Russian troops withdrew from the town.', '161'],
  ['The European Union suspended sanctions on Syria.', '160'],
  // an allegation participle after a noun is no clause: the supplying is alleged
  ['The United States imposed sanctions on three Chinese companies accused of supplying drone parts to Russia.', '072'],
  // no coup: a statue toppled, a vote of parliament (leadership change), an envoy ousted (expulsion)
  ['Protesters toppled a statue of the former dictator in Baghdad.', '1724'],
  ['The Kenyan parliament ousted the deputy president in a vote.', '1724'],
  ["Gabon's army ousted the French ambassador.", '1724'],
  // ... but not a later clause with its own subject that does not depend on the verb
  ['Germany condemned the remarks by Serbia, as Croatia said it hoped Serbian generals would be tried for war crimes.', '1124'],
  // a conditional that nobody states as an intention is no asserted meeting intention
  ['Kenyan rebels would meet the UN mediator if the army withdrew.', '036'],
  ['Kenya and Uganda agreed to meet.', '040'],
  // what pressure or calls are for, and what efforts or a bid try, has not happened
  ['Germany is under pressure to send tanks to Ukraine.', '072'],
  ['France resisted pressure from Spain to recognize Palestine.', '054'],
  ['Kenya launched a bid to arrest the Ugandan general.', '173'],
  ['Russia made efforts to help Syria.', '070'],
  ['Kenya hopes Uganda will sign the deal.', '051'],
  ['Kenya expects Uganda will free the hostages.', '0353'],
  // ... a present-tense one ("visits", "withdraws") in a clause of "before"/"until" is still to come
  ['The statement comes a day before the Kenyan president visits Uganda.', '042'],
  // expecting a hostile act by someone is no optimistic comment about them
  ['Kenya expects Uganda will attack the border.', '013'],
  ['Kenya expects Uganda to attack.', '013'],
  ['Kenya flew the suspect to Uganda.', '042'],
  ['Kenyan police flew him to Uganda.', '042'],
  ['Kenya predicted growth in Uganda.', '012'],
  // no impeachment threatened, no office for people moved off a road, no aid in a package of reforms, no criticism in
  // questioning suspects, no sanction on an official in suspended talks
  ['Kenyan lawmakers threatened to impeach the president.', '173'],
  ['Kenyan police removed protesters from the road.', '0831'],
  ['Kenya approved a package of reforms.', '071'],
  ['Kenyan police questioned two Ugandan suspects.', '111'],
  ['Kenya suspended talks with Uganda.', '172'],
  // the background of a relative clause in the past perfect is no new event
  ['ECOWAS lifted the sanctions it had imposed on Mali.', '163'],
  // a participle adjective after a possessive is no statement
  ["Brazil refused to recognise Maduro's claimed victory.", '010'],
  ["Mali's military leader refused to meet an ECOWAS delegation that had travelled to Bamako.", '154'],
  ['Kenya and Uganda held talks aimed at ending the border dispute.', '160'],
  ['Uganda acceded to pressure from Kenya.', '057'],
  ['Kenya expects Uganda to sign the deal with Tanzania.', '030'],
  ['Ugandan President Yoweri Museveni fled to Kenya. Kenya offered him talks.', '075'],
  // a weapon named after SET_FIRE_TO is no attacker; weapons sent to a country are no show of force; "the group" is
  // no state's police
  ['Kenyan protesters set fire to a drone factory in Nairobi.', '1952'],
  ['Kenya sent rifles and ammunition to Uganda.', '150'],
  ['Kenyan police arrested protesters, and Uganda accused the group of abuses.', '112'],
  ['Kenya hit its growth targets in 2024.', '190'],
  ['Kenyan police intercepted a shipment of cocaine.', '190'],
  // a feeling as an attribute, or pleased to do something, is no event; "concerned with" is "dealing with"
  ['A disappointed crowd left the stadium in Nairobi.', '110'],
  ['The angry protesters marched on the Kenyan embassy.', '110'],
  ['Kenya is pleased to announce a new trade deal with Uganda.', '051'],
  ['Germany was pleased to host the talks with France.', '051'],
  ['The German ministry is concerned with the budget for Ukraine.', '012'],
  // ... but not when negated or still to come, nor destruction other than demolition without an owner, nor approval by
  // no one in particular, nor a missile fired at someone
  ['China did not conduct any military drills.', '150'],
  ['China will hold military drills next week.', '150'],
  ['American forces destroyed boats off the coast.', '1712'],
  ['Kenyan protesters burned tyres on Friday.', '1712'],
  ['The crowd welcomed the decision.', '051'],
  ['Germany did not welcome the agreement.', '051'],
  ['Russia fired missiles at Kyiv.', '150'],
  // ... not a withdrawal of troops, from a race, or from talks, nor one still to come
  ['Russia announced the withdrawal of its troops from Syria.', '161'],
  ['The Kenyan minister announced his withdrawal from the race.', '161'],
  ['Kenya pulled out of the talks with Uganda.', '161'],
  ['Hungary will announce its withdrawal from the International Criminal Court.', '161'],
  // ... not asylum refused, applied for, or its seekers
  ['Germany did not grant him asylum.', '075'],
  ['He applied for asylum in Germany.', '075'],
  ['The asylum seekers arrived in Italy.', '075'],
  // ... nor a strike called off only in a refusal, a military convoy's arrival, aid that has not arrived
  ['Kenyan doctors refused to call off their strike.', '082'],
  ['A Russian military convoy entered the town of Kupiansk in Ukraine.', '073'],
  ['Ruto said his convoy had reached Nakuru.', '073'],
  ['Russian supply convoys reached the front near Pokrovsk.', '073'],
  ['Aid trucks waiting at the border have not reached El Fasher, the WFP said.', '073'],
  // ... nor what a report, a lawsuit or a complaint accuses someone of
  ['Human Rights Watch published a report accusing the Burkinabe army of killing villagers.', '190'],
  ['The union filed a complaint accusing the police of beating strikers.', '175'],
  // ... nor background in a past-perfect relative clause on the subject
  ['Four journalists who had worked with an opposition party were jailed by a Moscow court.', '060'],
  // ... nor anything dissolved but a party, a parliament or a government
  ['The protest movement dissolved after the election.', '1722'],
  // ... but "be" on anything else is no act, nor a strike that is only feared
  ['The minister was on a visit to Paris.', '042'],
  ['Kenya is on the brink of a strike.', '143'],
  // ... nor what was not ordered, and no demand beside the ordered outcome
  ['The court did not order the activists released.', '084'],
  ['A Kenyan judge ordered the activists released on bail.', '100'],
  // ... nor a person's, nor property moved
  ['Ruto said gang members had attacked his convoy.', '190'],
  // drones entering airspace in an attack are the attack, not a show of force; violating airspace is no accusation
  ['Russian drones entered Polish airspace during an attack on Ukraine.', '150'],
  ['A Chinese military aircraft violated Japanese airspace.', '1123'],
  // a suspect handed over is no military aid
  ['Kenya handed over the suspect to Uganda.', '072'],
  // an order to close schools reduces no relations
  ['Kenya ordered the closure of schools.', '161'],
  // ... nor talks suspended, nor what an -ing adjunct after a comma names ("sparking protests" was not postponed)
  ['The ruling party suspended the talks with the opposition.', '1722'],
  ["Senegal's government postponed the presidential election, sparking protests in Dakar.", '082'],
  // a verb joined by "and" to an appeal's infinitive or to an alleged gerund (also after a list's comma) is not done
  ['Egypt urged Arab states to unite and mobilize against Israel.', '154'],
  ['Kenya accused Uganda of violating the truce, ignoring the law and sending weapons to Somalia.', '072'],
  // what a condition after "unless" names has not happened
  ['Ethiopia will withdraw its troops from Somalia unless the president arranges a ceasefire with the rebels.', '045'],
  // what a noun of demand asks for has not happened, also with a word of time before its "that"
  ['Kenya reiterated its demand today that Uganda ease restrictions on Somali traders.', '081'],
  ['Kenya renewed its call on Monday that Uganda lift its sanctions on Somalia.', '085'],
  // leaving talks is no end of a cooperation initiative
  ['Italy left the talks with China.', '160'],
  // what a thing is used for, or what a group's business is, right after the noun it describes, is no deed that happened
  ['Prosecutors blamed Russian intelligence for an explosion on a railway line used to deliver aid to Ukraine.', '070'],
  ['Hackers attacked technology companies involved in delivering aid to Ukraine.', '070'],
  ['A Chinese ship collided with a Philippine vessel.', '171'],
  ['A Chinese coast guard ship rammed a Philippine vessel.', '192'],
  // a claimed hostile deed of another is alleged; an intention in a dismissed report is not asserted; a relative
  // clause on a blamed deed's phrase is not done by the one blamed
  ['Hamas claimed that Israeli jets had bombed a school in Gaza.', '195'],
  ['Tehran dismissed reports that Iran had agreed to meet U.S. envoys in Oman.', '036'],
  ['Kenya blamed Uganda for an attack on a market that killed ten people.', '180'],
  ['Kenya blamed Uganda for an attack on a market that killed ten people.', '190'],
  // a modal before a quoted verb; speaking to reporters
  ['China said its army would “resolutely crush” separatists in Taiwan.', '175'],
  ['Speaking to reporters in Brussels, the German chancellor criticised Hungary.', '040'],
  ['Turkey will launch a new operation into northern Syria.', '190'],
  ['Ukraine refused to open a war crimes investigation.', '090'],
  // ... but a state's executive judging results or a verdict with no one named may judge another country's, and a
  // thing that is no state act (an offer) has its party to name
  ['The State Department rejected the election results.', '120'],
  ["Hungary's foreign ministry condemned the verdict.", '111'],
  ['Kenyan lawmakers rejected the offer.', '120'],
  ['Kenyan lawmakers refused to accept the offer.', '120'],
  // the results of an election are no reform
  ["Kenya's opposition rejected the results of the election.", '123'],
  // ... but one who only asked for it did not do it
  ['Three opposition leaders in Guinea were arrested at the request of the military government.', '173'],
  // an acquittal has no code in the codebook: no conviction, release or easing; commuting to work is no commutation
  ['A court in Tunisia acquitted the opposition leader.', '116'],
  ['A court in Tunisia acquitted the opposition leader.', '0841'],
  ['A Kenyan court acquitted five police officers of murder.', '081'],
  ['Thousands of commuters commute to Nairobi every day.', '0841'],
  // ... and a pledge to send people to prison is no pledge of aid, whoever is sent
  ['The Salvadoran president pledged to send those arrested to prisons.', '033'],
  ['The Philippine president promised to send drug dealers to jail.', '033'],
  // a pattern's words inside a negated infinitive are not what was promised or urged
  ['Ethiopia vowed not to return the captured territory to Eritrea.', '0353'],
  ['Brazil promised not to lift its sanctions on Venezuela.', '0354'],
  ['Kenya urged Uganda not to release the prisoners.', '0253'],
  // a refusal to be lifted "unless" the other side acts is not asserted
  ['Germany will not send weapons to Ukraine unless Kyiv guarantees they will not be used against Russia.', '1222'],
  ['Japan said it would not lift its sanctions on Russia unless Moscow withdrew its troops.', '1244'],
  // a threatened, vowed, planned or agreed imposition of sanctions with no target is no imposition
  ['Trump threatened to impose sanctions.', '163'],
  // a threat to lift sanctions is no intention to ease them
  ['Kenya threatened to lift sanctions on Uganda.', '0354'],
  ['Trump threatens to lift sanctions on Russia.', '0354'],
  ['The European Union vowed to impose new sanctions.', '163'],
  ['Britain plans to impose an embargo.', '163'],
  ['The ministers agreed to impose sanctions.', '163'],
  ['Washington is ready to impose sanctions.', '163'],
  ['The European Union threatened to lift its sanctions.', '081'],
  // halting a span of fighting is no reduction of relations
  ['Israel and Hezbollah agreed to a ceasefire on Tuesday, halting more than a year of fighting.', '160'],
  ['The truce halted two years of fighting between Sudan and South Sudan.', '160'],
  // a pattern word inside an actor's proper name, before its last word, is part of the name: no union of workers
  ['European Union governments are targeting tankers.', '143'],
  ['European Union foreign ministers targeted Russian oil exports on Friday.', '143'],
  ['African Union officials are targeting arms smugglers.', '143'],
  // ... nor is a gathering in one's own capital a meeting with one's own country
  ['Leaders gathered in Beijing for the summit.', '040'],
  ['Chinese officials met in Beijing.', '040'],
  ['Egyptian ministers convened in Cairo.', '040'],
  // ... after a place that is no actor, the participle describes the place: its BY phrase disputes nothing with anyone
  ['Navy boats stopped an Ecuadorian trawler in the Drake Passage, disputed by Peru and Chile.', '110'],
  ['Two villagers wounded by rebels in Mali died in hospital.', '190'],
  ['A report on Amnesty International alleged that Rwanda armed the rebels.', '112'],
  // a weapon word that heads its own phrase is still what the verb acts on
  ['The army moved artillery to the border with Eritrea.', '194'],
  ['The Kenyan president gave a speech on relations with Asia.', '010'],
  ['Kenya spoke about its ties with Uganda.', '040'],
  ['The Ugandan minister wrote an article about trade relations with China.', '010'],
  ['Kenya and Tanzania agreed that their countries should cooperate on fishing.', '101'],
  ['Kenya and Tanzania agreed that Uganda should cooperate with Somalia.', '031'],
  // one actor acting on itself stays no event outside coercion: meeting or praising one's own officials
  ['Chinese officials met a former defence minister.', '040'],
  ['Protesters gathered outside parliament.', '040'],
  ['Opposition supporters assembled near the Russian embassy.', '040'],
  ['Mali gave the French ambassador three days to leave.', '070'],
  ['The Israeli cabinet approved a plan to take control of Gaza City.', '051'],
  ['The Kenyan cabinet approved a plan to send troops to Haiti.', '051'],
  ['The European Union agreed to extend its sanctions on Russia.', '131'],
  ['The European Union threatened to extend its sanctions on Russia.', '163'],
  ['The European Union plans to extend its sanctions on Russia.', '163'],
  ['The European Union did not agree to extend its sanctions on Russia.', '163'],
  ['Merkel called on China to use its influence over Moscow to help end the war during talks with Premier Li in Beijing.', '070'],
  ['The UN called on Israel to allow aid into Gaza.', '080'],
  ['France and Germany called on Iran to resume talks.', '046'],
  ['The Egyptian government praised the governor of Giza.', '051'],
  // a clause of "before"/"until"/"once" under a refusal ("would not V") is still to come
  ['Israel said it would not withdraw before Hamas released the hostages.', '0841'],
  ['Kenya said it would not reopen the border until Uganda expelled the rebels.', '190'],
  // the writer's dated schedule of a future act is no actor's stated intention
  ['The African Union will discuss the crisis next week.', '036'],
  ['Egypt handed over three tonnes of medicine to the Sudanese Red Crescent.', '063'],
  ['Militants launched an attack on students in Kano.', '175'],
  // an open question of a future meeting ("whether he would meet X") states no intention to meet
  ['The Kenyan president did not say whether he would meet Museveni.', '036'],
  ['Reporters asked whether Ruto will meet Museveni in Kampala.', '036'],
  ['Japan sent rice and blankets to Nepal after a cyclone hit the coast.', '195'],
  ["Kenya suspended the charity's bank account.", '1663'],
  ['Soldiers looted shops in the capital of Haiti.', '1711'],
  ['Aid trucks were looted by gunmen in Darfur.', '145'],
  // governance (blind-governance): talks postponed are no sanction; troops withdrawn are no licence; rebels marching on
  // a capital advance; protests called off are no protest; a threat with no country to aim at has no home target
  ['Kenya postponed the talks with Uganda.', '172'],
  ['Russia withdrew its troops from Kherson.', '172'],
  ['Congolese rebels marched on the capital.', '141'],
  ['Kenyan unions called off their protests on Friday.', '140'],
  ['The opposition said it would stage protests if the vote went ahead.', '133'],
  ['Greenpeace said it would stage protests if the drilling went ahead.', '133'],
  // an electoral body declaring a winner certifies a result: no statement aimed at the winner
  ["Ghana's electoral commission declared John Mahama the winner of the presidential election.", '010'],
  // (the "of" phrase far from the verb, or after another preposition, is not its subject; private guards are no agency)
  ["Kenya's transport minister resigned after months of student protests over the collapse of a bridge that killed 12 people.", '1823'],
  ['Police fired tear gas after talks with hundreds of Kenyan students collapsed.', '141'],
  ['Reporters were detained by security guards at a mall in Harare.', '173'],
  ['The Philippine navy fired warning shots at a Chinese trawler.', '130'],
  ['The Turkish central bank deposited lira with local lenders.', '071'],
  ['Russia struck what Kyiv said was a civilian warehouse.', '010'],
  // (the participle describing the actor acted on codes no event of its own with that actor as its doer)
  ['Israeli soldiers shot Palestinians protesting near the Egyptian border.', '140'],
  ['Israeli troops killed Palestinians trying to cross into Egypt.', '192'],
  ['Kenya will meet Uganda after it attacks Somalia.', '190'],
  ['Ruto will travel to Kampala after Museveni meets Abiy.', '040'],
  ['After Museveni meets Abiy, Ruto will travel to Kampala.', '040'],
  // (blind-security2's causes: designating or listing anything but a terrorist group, exports expanded, a test of
  // no weapon, militant fighters, the reason for a sanction)
  ['Kenya declared the road a disaster zone.', '172'],
  ['Germany listed three reasons for the delay.', '172'],
  ['Chile expanded its lithium exports to China.', '163'],
  ['The company conducted a test of its new software.', '150'],
  ['The company carried out a launch of its new phone.', '150'],
  ['Al-Shabaab fighters violated a truce on Monday.', '150'],
  ['Britain sanctioned three Chinese firms for supplying drone parts to Russia.', '072'],
  ['Israeli troops left ten people dead in Jenin.', '0874'],
  ['Russian forces left behind mines in Kherson.', '0874'],
  ['Ghana will station troops on the border with Burkina Faso.', '154'],
  ['Russian troops left the Zaporizhzhia nuclear plant.', '0874'],
  ['Sudanese troops left the base in northern Darfur.', '0874'],
  ['The Kenyan health minister left the hospital on Sunday.', '0874'],
  ['Egypt lifted its import ban on Sudanese cattle.', '081'],
  ['Russian troops arrived in Belarus on Monday.', '042'],
  // weapons seized are no crowd weapons used; tear gas fired before an appeal is used on no one named
  ['Kenyan police seized weapons and wounded two men.', '175'],
  ['Kenyan police fired tear gas and urged residents to stay indoors.', '175'],
  // a naming verb whose second phrase is no hostile label, or whose object is a deed, accuses no one
  // (nor one judging a deed with no doer told)
  ['Iran called the attack a crime.', '112'],
  // ... nor is naming a deed with a neutral label a phone call ("called X a warning" is no 041; "called X on Monday" is)
  ['South Korea called the North Korean missile launch a warning.', '041'],
  ['Uganda called the Kenyan deployment a message to Nairobi.', '041'],
  ['Kenya called the Ugandan minister on Friday.', '111'],
  // a denied deed's casualties are denied too
  ['Israel denied bombing a shelter in Rafah, killing 20 people.', '195'],
  // a deed that "pushed" a state to act appeals to no one, and pushing troops forward is no appeal
  ['The rocket fire pushed Israel to strike Lebanon.', '020'],
  ['Russian forces pushed deeper into Ukrainian territory.', '020'],
  // (blind-wire2's causes) a deed told after a judgment of "the <deed>" is not what was judged; a reaction with no
  // word of judgment is none; "countries said they" is no one named before
  ['Uganda condemned the attack, and rebels later shelled a camp in Congo.', '111'],
  ['A Kenyan court jailed an opposition leader, a ruling that the United States embassy in Nairobi called a surprise.', '111'],
  ['Russia and China abstained after several African countries said they backed the resolution.', '051'],
  // a deed after a reported intention that is no act of speaking or judging stays to come; answering with optimism
  // is no force; "despite calls from X to V" is no telephone call
  ['Russia said it would mass and deploy troops, attacking Ukraine.', '190'],
  ['Germany responded with optimism to the proposal.', '190'],
  ['Kenya kept its envoy in Kampala despite calls from lawmakers to expel him.', '041'],
  // verbs joined by "neither … nor" are each denied: no denial, no praise, no condemnation asserted
  ['Egypt would neither confirm nor deny that its jets bombed the convoy.', '016'],
  ['Egypt would neither confirm nor deny that its jets bombed the convoy.', '195'],
  ['Kenya neither praised nor condemned the coup in Niger.', '111'],
  ['Ghana neither welcomed the verdict nor criticised Togo.', '111'],
  // a drone's operator fired is no drone attack
  ['Russia fired the drone unit commander.', '1952'],
  // an attack in words on a thing is no violent act; a firm's "hit" is no attack; building is no destruction
  ['The Kenyan opposition attacked the proposal on Monday.', '190'],
  ["Senators attacked the government's budget.", '190'],
  ["Hungary attacked the European Commission's migration policy.", '190'],
  ['Senators attacked the spending plan.', '190'],
  ['The mining company hit the market with new shares.', '190'],
  ['Rebels signed a peace deal and opened a school.', '1712'],
  // "as part of", "such as": a preposition, no clause
  ['Kenya sent police officers to Haiti as part of a UN mission.', '173'],
  ['Qatar and Egypt mediated the talks on Monday.', '045'],
  ['Kenya admitted that its troops had shelled the town.', '050'],
  ['The minister handed the ambassador a letter.', '0874'],
  // (blind-asia's causes) a feeling is no deed of its own; one from elsewhere is not the place's; a demand's content
  // stays demanded after ", and"; a visit cancelled or put off, as a passive's subject, did not take place
  ['Protesters angered by the new tax marched to parliament in Nairobi.', '110'],
  ['A Christian missionary from Calgary was arrested in Lebanon.', '173'],
  ['Farmers marched in Paris to demand the release of detained activists, and police blocked the roads.', '0841'],
  ['A visit by the Chinese foreign minister to Manila was cancelled on Friday.', '042'],
  ['The visit of the German chancellor to Ankara was postponed.', '042'],
  ['Talks between Kenya and Uganda were postponed.', '040'],
  ['Kenya postponed a visit by the Ugandan president to Nairobi.', '042'],
  ["Kenyan police declined to say whether Uganda had asked for the activists' arrest.", '120'],
  // responding "with all their might" if attacked is force still to come: a threat (138), no asserted 190
  ['Venezuelan Defence Minister Vladimir Padrino said the armed forces would respond with all their might if the United States launched a ground attack.', '190'],
  // a disavowed intention is no intention and no act
  ['Kenya has no plans to resume talks with Uganda.', '046'],
  ['Kenya has no plans to resume talks with Uganda.', '036'],
  ['Tehran has no intention of meeting the envoy.', '040'],
  // a share of "them" that opens a clause is no verb's object (and the passive names no releaser)
  ['Somali troops captured 12 al-Shabaab fighters on Monday. Most of them were later freed.', '084'],
  ['Kenya does not intend to resume talks with Uganda.', '046'],
  ['Kenya does not intend to resume talks with Uganda.', '036'],
  ['Germany did not plan to send tanks to Ukraine.', '072'],
  ['There is no question of Hamas releasing the hostages.', '0841'],
  ['Kenya is not willing to release the detained activists.', '0841'],
  // an office-holder suspended or removed by a court or legislature is no cut in relations nor a leader yielding
  ["Thailand's Constitutional Court suspended the prime minister from duty.", '160'],
  ["Peru's Congress voted to remove President Pedro Castillo.", '0831'],
  // forces sent to help another party are no show of force; with no sender named they are not the helped party's own
  ['North Korean troops have been sent to help Russia.', '154'],
  ['Chad sent soldiers to help Niger.', '154'],
  // a reaction set off with no reactor named is no one's
  ['Kenya lifted the curfew, prompting celebrations in Nairobi.', '141'],
  ['Kenya raised fuel prices, sparking a strike.', '143'],
  ['The court sparked controversy.', '111'],
  // a capitalised verb in a title-case headline stays a verb; watching is no criticism
  ['Kenyan Monitors Watch the vote in Uganda.', '111'],
  ['Observers watch Uganda closely.', '111'],
  // who intercepts or shoots down a weapon did not fire it
  ['The rocket, intercepted by Israel, hit a school in Haifa.', '194'],
  ['The missile, which was intercepted by Israel, struck a school in Tel Aviv.', '195'],
  // insisting that something happened is a claim, no demand
  ['Kenya insisted that Uganda released the activists.', '1053'],
  ['Kenya insisted that Uganda had withdrawn its troops.', '1056'],
  // (militants driven out are fought, not a foreign presence ended)
  ['Kenya expelled Ugandan militants.', '166'],
  ['Mali expelled French troops.', '190'],
  ['Negotiations in Cairo mediated by Qatar collapsed.', '045'],
  // (a relative clause on the subject leaves the main verb's negation and modality alone)
  ['Police who were hunting rebels near Goma did not arrest anyone.', '173'],
  ['Drones launched by the Houthis did not hit any ship, the Pentagon said.', '195'],
  ['Officials said drones launched by Russia could hit Polish villages.', '195'],
  // (no threat without a condition on another, nor when the act is denied; widening trade is no force)
  ['Russia could strike Kyiv, analysts said.', '138'],
  ['Russia could not strike Kyiv if Ukraine fires Western missiles.', '138'],
  ['Egypt expanded its trade with Sudan.', '190'],
  // (the rights group's statement has no target: "police tortured detainees" is no one noun phrase it speaks to)
  ['Human Rights Watch said Egyptian police tortured detainees.', '010'],
  // a report released in a city speaks for no state; saying another did wrong is a statement, not an accusation
  ['A report released in Geneva alleged that Ugandan troops had killed civilians.', '112'],
  ['Human Rights Watch said Ethiopian troops had killed civilians.', '112'],
  // finding one's own forces did wrong, or finding another did no wrong, accuses no one
  ['Rwanda found that its own troops had killed civilians.', '112'],
  ['The UN found that Syria had received aid from Iran.', '112'],
  // an election said to be fair, or not marred, is no criticism; nor is one denied to be rigged
  ["The European Union said Kenya's election was free and fair.", '111'],
  ["The European Union said Kenya's election was not marred by violence.", '111'],
  ["The European Union denied that Kenya's election had been rigged.", '111'],
  ["Zambia's election was free and fair, African Union monitors said.", '111'],
  ['The vote in Malawi was held on Sunday, the European Union said.', '111'],
  ["Zambia's election was neither free nor fair, but the African Union did not say so.", '111'],
  ["Uganda protested New Delhi's expulsion of a Ugandan official it accused of espionage.", '1125'],
  ['Israeli troops detained three men they accused of smuggling weapons.', '1121'],
  // (the act refused or failed stays undone; a passive's patient that is no vessel or facility is no complete seizure)
  ['Serbia refused to extradite him to Croatia, accusing Zagreb of bias.', '063'],
  ['Chile failed to reach a deal with Bolivia, blaming La Paz for the collapse of the talks.', '057'],
  ['The documents were seized by Mexican police.', '171'],
  ['Three fishing trawlers were seized off the coast.', '171'],
  // (one name with "and" in it is no compound; a compound that shares a code acts together, not on itself, when no
  // "between" says so)
  ['Fighting in Bosnia and Herzegovina killed 12 people.', '193'],
  ['Colombian soldiers and marines launched an offensive in Cauca.', '190'],
  // (a capacity is not asserted; nor is the fighting someone is helped to do)
  ['Iran unveiled a drone capable of hitting Israel.', '1952'],
  ['Russia built bombers capable of carrying nuclear weapons to Europe.', '190'],
  ['France helped Mali fight the insurgents.', '193'],
  ['Canada imposed new tariffs on Monday targeting Chinese steelmakers.', '190'],
  ['Serbia put its combat readiness report online.', '152'],
  // (a description of a kind of state no state named before is of names no one)
  ['Iran received Qatar\'s foreign minister. The former Soviet republic condemned Israel.', '111'],
  ['Germany hosted Iraq\'s minister. The kingdom condemned Israel.', '111'],
  ['Greek police arrested migrants. The island condemned Turkey.', '111'],
  ['Egypt hosted Jordan\'s king. The Gulf state condemned Israel.', '111'],
  // (an attack one only condemns, or will fight off, is no attack on the speaker)
  ['Israel condemned an attack by Hezbollah on a base.', '190'],
  ['Ukraine will repel any attack by Russia.', '190'],
  // (a plan or proposal two allies reject is a third party's; "both" before a noun is no clause's subject)
  ['Britain and France rejected the plan.', '127'],
  ['Britain and France both rejected the proposal.', '120'],
  ['Police freed both detained men.', '173'],
  // (a share of a group is not of the doer of its verb: the pirates do not release themselves)
  ['Somali pirates hijacked a ship. The pirates released five of them.', '084'],
  // (a junta no state was named for is no one's)
  ['The junta expelled the French ambassador.', '161'],
  // no sender named: no handover by a state; a participle's doer off the subject's phrase is not what was reacted to
  ['The suspect was extradited to Italy.', '063'],
  ['Kenya agreed with Uganda on sanctions policy.', '163'],
  ['Venezuela accused Guyana of provoking a conflict by allowing U.S. troops to train on its territory.', '062'],
  ['After talks hosted by Qatar, the plan drew criticism from Israel.', '111'],
  // (a refusal is no intention, nor a meeting)
  ["Kenya's president was not prepared to meet the Ugandan president.", '036'],
  ["Kenya's president was not prepared to meet the Ugandan president.", '040'],
  // (an intention to meet is no meeting)
  ['The talks came as the Ugandan head of state prepared to meet the Kenyan president.', '040'],
  // a deed approved with no article of a told deed is still to come; one to be carried out, or denied, is not done
  ['An airstrike on the rebels was approved by the Ethiopian government.', '195'],
  ['An airstrike on the convoy will be carried out by Turkish drones.', '195'],
  ['The raid on the Iranian consulate was not carried out by Israel, its army said.', '171'],
  // what a foiled plot or attempt was to do was not done, and not by the one who foiled it
  ['Kenyan troops thwarted a plot by al-Shabaab to attack Nairobi.', '190'],
  ['Egyptian police foiled an attempt by Islamist militants to bomb a church.', '183'],
  ['Iraqi police thwarted a plot to kill the prime minister.', '1823'],
  // a release called for is not made
  ['Kenya calls for the release of the Ugandan journalists.', '084'],
  ['Uganda rejected the release of the opposition leader.', '084'],
  // (an escort by a role with no country, a threat denied, a proposal blocked, missiles sent, a right only to be suspended
  // and a price cap not lowered are none of these)
  ['Police escorted the convoy.', '074'],
  ['Iran did not threaten to close the strait.', '1381'],
  ['Russia blocked the proposal.', '191'],
  ['Britain sent missiles to Ukraine.', '154'],
  ['Poland will suspend the right to asylum.', '172'],
  ['Japan refused to lower the price cap on Russian oil.', '163'],
  ['Egypt will not close the canal to Israeli ships.', '191'],
  // (pattern words of an earlier clause: no deployment, looting, shelling or air strike)
  ['Troops crossed into the region on Monday, and the Kenyan president visited Uganda.', '154'],
  ['Insurgents shelled the town overnight, and inmates rioted at a prison in Kenya.', '1712'],
  ['Militants fired rockets at the town, and the Kenyan army said gunmen killed three villagers.', '194'],
  ['An airstrike hit the village on Sunday, and gunmen killed three Kenyan villagers.', '195'],
  // forces sent for drills or talks joined are no peace mission; one not joined is none
  ['Britain deployed two warships to join the exercises.', '074'],
  ['Finland joined the talks with Russia.', '074'],
  ['Greece did not join the EU naval mission.', '074'],
  // a deed foiled was not done, nor is a bid of others stopped a cut in relations
  ['Security forces foiled a plot by rebels to assassinate the president of Chad.', '186'],
  ['Egyptian police thwarted a bombing of a church by Islamic State militants.', '183'],
  ['Police stopped a bid to free the hostages held by Hamas.', '160'],
  ['Soldiers halted an attempt by gunmen to free the prisoners.', '160'],
  // (an agreed imposition is no threat; an expected release did not happen; "its inspectors" near a state are not its)
  ['The European Union agreed to impose sanctions on Belarus.', '1312'],
  ['Kenya expects Uganda to free the detained journalists.', '0841'],
  ['Kenya expects Uganda to release the hostages.', '0841'],
  // an emergency the speaker would impose is not imposed; an ambassador sent on an errand is not recalled
  ["Peru's president said he would place Lima under a state of emergency.", '1724'],
  ['Chile ordered its ambassador in Buenos Aires to report on the talks.', '161'],
  // "or" in a question or a condition asserts no attack by either
  ['Kenya asked whether Uganda or Tanzania had attacked its border posts.', '190'],
  ['Kenya warned that it would retaliate if Uganda or Tanzania attacked its border posts.', '190'],
  // ", and that …" continues the demand: the release demanded is not asserted
  ['Kenyan protesters demanded that the army withdraw, and that the detained students be released.', '0841'],
  // a bare plural with no reactor named is no reaction
  ['Kenya closed its border with Somalia, measures that were criticised widely.', '111'],
  // a plural that is the verb's own object is no act in apposition: "measures" here are what was taken
  ["Kenya's police took measures that Somalia's president condemned as hostile.", '111'],
  // a relative clause on a deed noun that is no apposition to a clause, or a passive one, has no deed for its gap
  ['Kenya criticised a decision that drew a rebuke from Uganda.', '111'],
  ['Kenya closed its border, a move that was criticised by Uganda.', '111'],
  // (a breach that is no label of judgment; police leaving a place that is no actor)
  ['Kenya called the dam breach a disaster.', '111'],
  ['Kenyan police left the stadium on Monday.', '0874'],
  ['Police left the scene.', '0874'],
  // (one person with no country arrested at a place is not known to be its state's)
  ['A missionary was arrested at Kampala airport.', '173'],
  // (a verb of suspecting with a subject stays a verb, and suspecting is no attack)
  ['Kenyan police suspected Ugandan militants of the attack.', '190'],
  // (the deeds of an accusation stay alleged when a finite verb after ", and" is the accuser's)
  ['Kenya accused Uganda of arresting its fishermen and seizing their boats, and demanded that Kampala return them.', '173'],
  // (an adjunct that is no speech after what is asked is not the asker's)
  ["Kenya's opposition leader called on his supporters to march on parliament, chanting slogans against the government.", '111'],
  ['Kenya and Uganda ended their dispute over Migingo island.', '160'],
  ["Nigeria's unions called off the strike after the government agreed to raise wages, ending a three-day shutdown of ports.", '160'],
  ['Serbia and Kosovo ended the standoff at the border crossing.', '160'],
  // a deed whose permission is only proposed, refused or to come is not done
  ['A group of U.S. senators proposed allowing American drone strikes against cartel laboratories on Mexican soil.', '1952'],
  ['Iraqi lawmakers proposed allowing Turkish air raids on PKK camps.', '195'],
  ['Turkey refused to allow U.S. air strikes on Syria from its bases.', '195'],
  ['Kenya said it would permit Ethiopian air strikes on al-Shabaab.', '195'],
  // (what a state is charged with is alleged)
  ['Serbia lodged a protest with Albania, charging its neighbor with supporting dissidents.', '051'],
  // (cevent) a concession only hoped for; a deed laid on another; a denied attack on a ship; a capacity with no party
  ['Japan hopes to win a cut in tariffs from the United States.', '085'],
  ['Ukraine accused Russia of the shelling of a hospital in Kharkiv.', '194'],
  ['Israel blamed Hezbollah for the attack on Israel.', '190'],
  ["Yemen's Houthis denied hitting a cargo ship.", '190'],
  ['Oman acted as a mediator in the talks.', '045'],
  ['The central bank lowered interest rates.', '085'],
  // a lower-case party formed is no named body; "the party" after it names none
  ['Kenyan activists formed a new democratic party. Uganda criticised the party.', '111'],
  // what a charge's WITH phrase says was done is alleged, not asserted
  ['Serbia lodged an official protest with Albania, charging its neighbor with supporting dissidents.', '051'],
];

for (const [text, want] of GOLD) {
  void test(`built-in: ${text}`, () => assert.deepEqual(triples(coder(), text, DATE), want));
}
for (const [text, code] of NOT_CODED) {
  void test(`built-in, no ${code}: ${text}`, () => {
    assert.deepEqual(triples(coder(), text, DATE).filter((t) => t[2] === code), []);
  });
}

void test('built-in: a role placed by a town the gazetteer knows names the town in its rules (place-city)', () => {
  const events = coder().codeDoc({ id: 'p', text: 'Police arrested twelve protesters in Kayes.', date: DATE }).events;
  assert.deepEqual(events.map((e) => e.explain.target_rule?.split(' ').pop()), ['place-city:Kayes']);
});

void test('built-in: a violent act on a town the gazetteer knows names the town in its target rule (town-target)', () => {
  const events = coder().codeDoc({ id: 't', text: 'Russian artillery shelled Vovchansk on Monday.', date: DATE }).events;
  assert.deepEqual(events.map((e) => [e.target?.code, e.explain.target_rule]), [['UKR', 'town-target:Vovchansk']]);
});

void test('built-in: what one is urged, asked or called on to do is demanded of them; what one agrees to do is not', () => {
  const modality = (text: string): string[] =>
    coder().codeDoc({ id: 'm', text, date: DATE }).events.filter((e) => e.root === '08').map((e) => e.modality);
  assert.deepEqual(modality('Kenya urged Uganda to withdraw its troops.'), ['demanded']);
  assert.deepEqual(modality('Kenya asked Uganda to withdraw its troops.'), ['demanded']);
  assert.deepEqual(modality('Kenya called on Uganda to withdraw its troops.'), ['demanded']);
  assert.deepEqual(modality('Kenya agreed to withdraw its troops.'), ['modal']);
});
