/*
 * The names of sides, as text tables read by side-table.ts: countries with their demonyms and
 * capitals, seats of government, blocs and armed groups, and parties named by what they are.
 * Kept apart from the matching code so adding a country never touches how sides are found.
 */

// slug | names | demonyms | capitals. Capitals count as sides because outlets write
// "Moscow said" or "Washington's recognition"; other cities do not (a venue is not a side).
// Capitals that are also common first names (Sofia, Victoria) are left out on purpose.
export const COUNTRIES = `
  us|United States;United States of America;U.S.;US;USA;U.S.A.;America|American|Washington,
  uk|United Kingdom;U.K.;UK;Britain;Great Britain|British;Briton|London,
  russia|Russia;Russian Federation|Russian|Moscow, ukraine|Ukraine|Ukrainian|Kyiv;Kiev,
  china|China;People's Republic of China;PRC|Chinese|Beijing, taiwan|Taiwan|Taiwanese|Taipei,
  israel|Israel|Israeli|Tel Aviv, palestine|Palestine;Palestinian Authority;PLO|Palestinian|Ramallah,
  egypt|Egypt|Egyptian|Cairo, qatar|Qatar|Qatari|Doha, saudi-arabia|Saudi Arabia;KSA|Saudi|Riyadh,
  uae|United Arab Emirates;UAE;U.A.E.;Emirates|Emirati|Abu Dhabi, jordan|Jordan|Jordanian|Amman,
  lebanon|Lebanon|Lebanese|Beirut, syria|Syria|Syrian|Damascus, iraq|Iraq|Iraqi|Baghdad,
  iran|Iran|Iranian|Tehran, turkey|Turkey;Türkiye;Turkiye|Turkish|Ankara, yemen|Yemen|Yemeni|Sanaa,
  oman|Oman|Omani|Muscat, bahrain|Bahrain|Bahraini|Manama, kuwait|Kuwait|Kuwaiti,
  sudan|Sudan;SAF;Sudanese Armed Forces|Sudanese|Khartoum, south-sudan|South Sudan|South Sudanese|Juba,
  libya|Libya|Libyan|Tripoli, tunisia|Tunisia|Tunisian|Tunis, algeria|Algeria|Algerian|Algiers,
  morocco|Morocco|Moroccan|Rabat, ethiopia|Ethiopia|Ethiopian|Addis Ababa,
  eritrea|Eritrea|Eritrean|Asmara, somalia|Somalia|Somali|Mogadishu, kenya|Kenya|Kenyan|Nairobi,
  uganda|Uganda|Ugandan|Kampala, chad|Chad|Chadian|N'Djamena, nigeria|Nigeria|Nigerian|Abuja,
  niger|Niger|Nigerien|Niamey, mali|Mali|Malian|Bamako, senegal|Senegal|Senegalese|Dakar,
  ghana|Ghana|Ghanaian|Accra,
  dr-congo|Democratic Republic of Congo;Democratic Republic of the Congo;DRC;DR Congo;Congo|Congolese|Kinshasa,
  congo-brazzaville|Republic of Congo;Republic of the Congo;Congo-Brazzaville||Brazzaville,
  rwanda|Rwanda|Rwandan|Kigali, burundi|Burundi|Burundian|Gitega, tanzania|Tanzania|Tanzanian|Dodoma,
  south-africa|South Africa|South African|Pretoria, angola|Angola|Angolan|Luanda,
  mozambique|Mozambique|Mozambican|Maputo, zimbabwe|Zimbabwe|Zimbabwean|Harare,
  zambia|Zambia|Zambian|Lusaka, cameroon|Cameroon|Cameroonian|Yaounde;Yaoundé,
  central-african-republic|Central African Republic|Central African|Bangui,
  burkina-faso|Burkina Faso|Burkinabe|Ouagadougou, mauritania|Mauritania|Mauritanian|Nouakchott,
  djibouti|Djibouti|Djiboutian, madagascar|Madagascar|Malagasy|Antananarivo,
  ivory-coast|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian, guinea|Guinea|Guinean|Conakry,
  sierra-leone|Sierra Leone|Sierra Leonean|Freetown, liberia|Liberia|Liberian|Monrovia,
  gabon|Gabon|Gabonese|Libreville, namibia|Namibia|Namibian|Windhoek,
  botswana|Botswana|Botswanan|Gaborone, armenia|Armenia|Armenian|Yerevan,
  azerbaijan|Azerbaijan|Azerbaijani;Azeri|Baku, georgia|Georgia|Georgian|Tbilisi,
  belarus|Belarus|Belarusian|Minsk, moldova|Moldova|Moldovan|Chisinau;Chișinău,
  kazakhstan|Kazakhstan|Kazakh|Astana, uzbekistan|Uzbekistan|Uzbek|Tashkent,
  turkmenistan|Turkmenistan|Turkmen|Ashgabat, kyrgyzstan|Kyrgyzstan|Kyrgyz|Bishkek,
  tajikistan|Tajikistan|Tajik|Dushanbe, afghanistan|Afghanistan|Afghan|Kabul,
  pakistan|Pakistan|Pakistani|Islamabad, india|India|Indian|New Delhi,
  bangladesh|Bangladesh|Bangladeshi|Dhaka, sri-lanka|Sri Lanka|Sri Lankan|Colombo,
  nepal|Nepal|Nepali;Nepalese|Kathmandu, myanmar|Myanmar;Burma|Burmese|Naypyidaw,
  thailand|Thailand|Thai|Bangkok, cambodia|Cambodia|Cambodian|Phnom Penh, laos|Laos|Laotian|Vientiane,
  vietnam|Vietnam;Viet Nam|Vietnamese|Hanoi, malaysia|Malaysia|Malaysian|Kuala Lumpur,
  singapore|Singapore|Singaporean, indonesia|Indonesia|Indonesian|Jakarta,
  philippines|Philippines|Filipino;Philippine|Manila, japan|Japan|Japanese|Tokyo,
  mongolia|Mongolia|Mongolian|Ulaanbaatar, north-korea|North Korea;DPRK|North Korean|Pyongyang,
  south-korea|South Korea;Republic of Korea;ROK|South Korean|Seoul,
  australia|Australia|Australian|Canberra, new-zealand|New Zealand|New Zealander|Wellington,
  canada|Canada|Canadian|Ottawa, mexico|Mexico|Mexican|Mexico City, cuba|Cuba|Cuban|Havana,
  haiti|Haiti|Haitian|Port-au-Prince, dominican-republic|Dominican Republic|Dominican|Santo Domingo,
  guatemala|Guatemala|Guatemalan, honduras|Honduras|Honduran|Tegucigalpa,
  el-salvador|El Salvador|Salvadoran|San Salvador, nicaragua|Nicaragua|Nicaraguan|Managua,
  costa-rica|Costa Rica|Costa Rican|San Jose;San José, panama|Panama|Panamanian|Panama City,
  colombia|Colombia|Colombian|Bogota;Bogotá, venezuela|Venezuela|Venezuelan|Caracas,
  ecuador|Ecuador|Ecuadorian|Quito, peru|Peru|Peruvian|Lima, bolivia|Bolivia|Bolivian|La Paz,
  chile|Chile|Chilean|Santiago, argentina|Argentina|Argentine;Argentinian|Buenos Aires,
  uruguay|Uruguay|Uruguayan|Montevideo, paraguay|Paraguay|Paraguayan|Asuncion;Asunción,
  brazil|Brazil|Brazilian|Brasilia;Brasília, france|France|French|Paris;Elysee;Élysée,
  germany|Germany|German|Berlin, italy|Italy|Italian|Rome, spain|Spain|Spanish|Madrid,
  portugal|Portugal|Portuguese|Lisbon, netherlands|Netherlands;Holland|Dutch|Amsterdam;The Hague,
  belgium|Belgium|Belgian, luxembourg|Luxembourg|Luxembourgish, switzerland|Switzerland|Swiss|Bern,
  austria|Austria|Austrian|Vienna, ireland|Ireland|Irish|Dublin, iceland|Iceland|Icelandic|Reykjavik;Reykjavík,
  norway|Norway|Norwegian|Oslo, sweden|Sweden|Swedish|Stockholm, finland|Finland|Finnish|Helsinki,
  denmark|Denmark|Danish|Copenhagen, estonia|Estonia|Estonian|Tallinn, latvia|Latvia|Latvian|Riga,
  lithuania|Lithuania|Lithuanian|Vilnius, poland|Poland|Polish|Warsaw,
  czechia|Czech Republic;Czechia|Czech|Prague, slovakia|Slovakia|Slovak|Bratislava,
  hungary|Hungary|Hungarian|Budapest, romania|Romania|Romanian|Bucharest, bulgaria|Bulgaria|Bulgarian,
  greece|Greece|Greek|Athens, cyprus|Cyprus|Cypriot|Nicosia, serbia|Serbia|Serbian;Serb|Belgrade,
  croatia|Croatia|Croatian;Croat|Zagreb, bosnia|Bosnia;Bosnia and Herzegovina|Bosnian|Sarajevo,
  slovenia|Slovenia|Slovenian|Ljubljana, montenegro|Montenegro|Montenegrin|Podgorica,
  kosovo|Kosovo|Kosovar|Pristina, north-macedonia|North Macedonia|Macedonian|Skopje,
  albania|Albania|Albanian|Tirana, malta|Malta|Maltese|Valletta, vatican|Vatican;Holy See|Vatican,
  monaco|Monaco|Monegasque,
  guyana|Guyana|Guyanese|Georgetown, suriname|Suriname|Surinamese|Paramaribo, belize|Belize|Belizean|Belmopan,
  jamaica|Jamaica|Jamaican|Kingston, trinidad-and-tobago|Trinidad and Tobago|Trinidadian|Port of Spain,
  barbados|Barbados|Barbadian|Bridgetown, bahamas|Bahamas|Bahamian|Nassau, gambia|Gambia;The Gambia|Gambian|Banjul,
  guinea-bissau|Guinea-Bissau|Bissau-Guinean|Bissau, togo|Togo|Togolese|Lomé, benin|Benin|Beninese|Porto-Novo;Cotonou,
  equatorial-guinea|Equatorial Guinea|Equatoguinean|Malabo, malawi|Malawi|Malawian|Lilongwe,
  lesotho|Lesotho|Basotho|Maseru, eswatini|Eswatini;Swaziland|Swazi|Mbabane, comoros|Comoros|Comorian|Moroni,
  mauritius|Mauritius|Mauritian|Port Louis, cape-verde|Cape Verde;Cabo Verde|Cape Verdean|Praia,
  bhutan|Bhutan|Bhutanese|Thimphu, maldives|Maldives|Maldivian|Malé, brunei|Brunei|Bruneian|Bandar Seri Begawan,
  timor-leste|Timor-Leste;East Timor|Timorese|Dili, papua-new-guinea|Papua New Guinea|Papua New Guinean|Port Moresby,
  fiji|Fiji|Fijian|Suva, solomon-islands|Solomon Islands|Solomon Islander|Honiara,
  abkhazia|Abkhazia|Abkhaz;Abkhazian|Sukhumi;Sokhumi, south-ossetia|South Ossetia|South Ossetian|Tskhinvali,
  transnistria|Transnistria|Transnistrian|Tiraspol, somaliland|Somaliland|Somalilander|Hargeisa,
  western-sahara|Western Sahara|Sahrawi|Laayoune, northern-cyprus|Northern Cyprus|Turkish Cypriot
`;

// Seats of government stand for their country; blocs and armed groups are sides of their own.
// kind | slug | names
export const BODIES = `
  seat|us|White House;State Department;Department of State;Treasury Department;Pentagon;Capitol Hill, seat|russia|Kremlin,
  seat|uk|Downing Street;Whitehall, seat|israel|IDF;Knesset;Mossad;Shin Bet, seat|us|CIA;FBI,
  seat|russia|FSB;SVR;GRU, seat|uk|MI6, seat|ukraine|Verkhovna Rada, seat|iran|IRGC,
  seat|china|Zhongnanhai, bloc|eu|European Union;EU;European Commission;Brussels,
  bloc|un|United Nations;UN;U.N.;Security Council, bloc|nato|NATO;North Atlantic Treaty Organization,
  bloc|african-union|African Union;AU, bloc|arab-league|Arab League;League of Arab States,
  bloc|osce|OSCE;Organization for Security and Co-operation in Europe,
  bloc|asean|ASEAN;Association of Southeast Asian Nations,
  bloc|ecowas|ECOWAS;Economic Community of West African States,
  bloc|eccas|ECCAS;Economic Community of Central African States,
  bloc|igad|IGAD;Intergovernmental Authority on Development,
  bloc|sadc|SADC;Southern African Development Community, bloc|eac|EAC;East African Community,
  bloc|oas|OAS;Organization of American States, bloc|gcc|GCC;Gulf Cooperation Council,
  bloc|caricom|CARICOM;Caribbean Community, bloc|mercosur|Mercosur,
  bloc|oic|OIC;Organisation of Islamic Cooperation;Organization of Islamic Cooperation,
  bloc|csto|CSTO;Collective Security Treaty Organization,
  bloc|sco|Shanghai Cooperation Organisation;Shanghai Cooperation Organization,
  bloc|icrc|ICRC;International Committee of the Red Cross, group|hamas|Hamas,
  group|hezbollah|Hezbollah;Hizbollah, group|houthis|Houthis;Houthi;Ansar Allah,
  group|islamic-jihad|Islamic Jihad, group|rsf|Rapid Support Forces;RSF, group|taliban|Taliban,
  group|m23|M23
`;

// Parties outlets name by what they are rather than by country: "the government delegation",
// "the opposition's chief negotiator", "the rebels' team", "the federal team". Their slug is
// the generic word unless the article ties it to one country or movement (see partyAliases).
// "The army" is whichever country's army the article names ("Myanmar's military"), never one
// force in particular: only an explicit name ("Sudanese Armed Forces") picks a force.
// slug | names
export const PARTIES = `
  government|government;Government;federal government;Federal government;Federal Government;federal;Federal,
  army|army;Army;military;Military;armed forces;Armed Forces,
  opposition|opposition;Opposition, separatists|separatists;Separatists;separatist;Separatist, rebels|rebels;Rebels;rebel;Rebel;insurgents;Insurgents;insurgent;Insurgent;guerrillas;Guerrillas
`;
