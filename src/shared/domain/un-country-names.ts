// The short names the United Nations uses for its Member States and observer States, in the six
// official languages, with the Vietnamese names used in Viet Nam's official documents (not a UN
// language). One line per ISO 3166-1 alpha-2 code: code|en|fr|es|ar|ru|zh|vi. French and Spanish
// names are given without the article the UN terminology database puts in brackets ("Afghanistan
// (l')"), and Arabic names in their running form ("جمهورية إيران الإسلامية", not the index form
// "إيران (جمهورية - الإسلامية)"), as the UN's own lists of Member States show them.
const STATES = `
AF|Afghanistan|Afghanistan|Afganistán|أفغانستان|Афганистан|阿富汗|Afghanistan
AL|Albania|Albanie|Albania|ألبانيا|Албания|阿尔巴尼亚|Albania
DZ|Algeria|Algérie|Argelia|الجزائر|Алжир|阿尔及利亚|Algérie
AD|Andorra|Andorre|Andorra|أندورا|Андорра|安道尔|Andorra
AO|Angola|Angola|Angola|أنغولا|Ангола|安哥拉|Angola
AG|Antigua and Barbuda|Antigua-et-Barbuda|Antigua y Barbuda|أنتيغوا وبربودا|Антигуа и Барбуда|安提瓜和巴布达|Antigua và Barbuda
AR|Argentina|Argentine|Argentina|الأرجنتين|Аргентина|阿根廷|Argentina
AM|Armenia|Arménie|Armenia|أرمينيا|Армения|亚美尼亚|Armenia
AU|Australia|Australie|Australia|أستراليا|Австралия|澳大利亚|Australia
AT|Austria|Autriche|Austria|النمسا|Австрия|奥地利|Áo
AZ|Azerbaijan|Azerbaïdjan|Azerbaiyán|أذربيجان|Азербайджан|阿塞拜疆|Azerbaijan
BS|Bahamas|Bahamas|Bahamas|جزر البهاما|Багамские Острова|巴哈马|Bahamas
BH|Bahrain|Bahreïn|Bahrein|البحرين|Бахрейн|巴林|Bahrain
BD|Bangladesh|Bangladesh|Bangladesh|بنغلاديش|Бангладеш|孟加拉国|Bangladesh
BB|Barbados|Barbade|Barbados|بربادوس|Барбадос|巴巴多斯|Barbados
BY|Belarus|Bélarus|Belarús|بيلاروس|Беларусь|白俄罗斯|Belarus
BE|Belgium|Belgique|Bélgica|بلجيكا|Бельгия|比利时|Bỉ
BZ|Belize|Belize|Belice|بليز|Белиз|伯利兹|Belize
BJ|Benin|Bénin|Benin|بنن|Бенин|贝宁|Bénin
BT|Bhutan|Bhoutan|Bhután|بوتان|Бутан|不丹|Bhutan
BO|Bolivia (Plurinational State of)|Bolivie (État plurinational de)|Bolivia (Estado Plurinacional de)|دولة بوليفيا المتعددة القوميات|Боливия (Многонациональное Государство)|多民族玻利维亚国|Bolivia
BA|Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnia y Herzegovina|البوسنة والهرسك|Босния и Герцеговина|波斯尼亚和黑塞哥维那|Bosna và Hercegovina
BW|Botswana|Botswana|Botswana|بوتسوانا|Ботсвана|博茨瓦纳|Botswana
BR|Brazil|Brésil|Brasil|البرازيل|Бразилия|巴西|Brasil
BN|Brunei Darussalam|Brunéi Darussalam|Brunei Darussalam|بروني دار السلام|Бруней-Даруссалам|文莱达鲁萨兰国|Brunei Darussalam
BG|Bulgaria|Bulgarie|Bulgaria|بلغاريا|Болгария|保加利亚|Bulgaria
BF|Burkina Faso|Burkina Faso|Burkina Faso|بوركينا فاسو|Буркина-Фасо|布基纳法索|Burkina Faso
BI|Burundi|Burundi|Burundi|بوروندي|Бурунди|布隆迪|Burundi
CV|Cabo Verde|Cabo Verde|Cabo Verde|كابو فيردي|Кабо-Верде|佛得角|Cabo Verde
KH|Cambodia|Cambodge|Camboya|كمبوديا|Камбоджа|柬埔寨|Campuchia
CM|Cameroon|Cameroun|Camerún|الكاميرون|Камерун|喀麦隆|Cameroon
CA|Canada|Canada|Canadá|كندا|Канада|加拿大|Canada
CF|Central African Republic|République centrafricaine|República Centroafricana|جمهورية أفريقيا الوسطى|Центральноафриканская Республика|中非共和国|Cộng hòa Trung Phi
TD|Chad|Tchad|Chad|تشاد|Чад|乍得|Tchad
CL|Chile|Chili|Chile|شيلي|Чили|智利|Chile
CN|China|Chine|China|الصين|Китай|中国|Trung Quốc
CO|Colombia|Colombie|Colombia|كولومبيا|Колумбия|哥伦比亚|Colombia
KM|Comoros|Comores|Comoras|جزر القمر|Коморские Острова|科摩罗|Comoros
CG|Congo|Congo|Congo|الكونغو|Конго|刚果|Congo
CR|Costa Rica|Costa Rica|Costa Rica|كوستاريكا|Коста-Рика|哥斯达黎加|Costa Rica
CI|Côte d'Ivoire|Côte d'Ivoire|Côte d'Ivoire|كوت ديفوار|Кот-д'Ивуар|科特迪瓦|Côte d'Ivoire
HR|Croatia|Croatie|Croacia|كرواتيا|Хорватия|克罗地亚|Croatia
CU|Cuba|Cuba|Cuba|كوبا|Куба|古巴|Cuba
CY|Cyprus|Chypre|Chipre|قبرص|Кипр|塞浦路斯|Síp
CZ|Czechia|Tchéquie|Chequia|تشيكيا|Чехия|捷克|Séc
KP|Democratic People's Republic of Korea|République populaire démocratique de Corée|República Popular Democrática de Corea|جمهورية كوريا الشعبية الديمقراطية|Корейская Народно-Демократическая Республика|朝鲜民主主义人民共和国|Cộng hòa Dân chủ Nhân dân Triều Tiên
CD|Democratic Republic of the Congo|République démocratique du Congo|República Democrática del Congo|جمهورية الكونغو الديمقراطية|Демократическая Республика Конго|刚果民主共和国|Cộng hòa Dân chủ Congo
DK|Denmark|Danemark|Dinamarca|الدانمرك|Дания|丹麦|Đan Mạch
DJ|Djibouti|Djibouti|Djibouti|جيبوتي|Джибути|吉布提|Djibouti
DM|Dominica|Dominique|Dominica|دومينيكا|Доминика|多米尼克|Dominica
DO|Dominican Republic|République dominicaine|República Dominicana|الجمهورية الدومينيكية|Доминиканская Республика|多米尼加共和国|Cộng hòa Dominica
EC|Ecuador|Équateur|Ecuador|إكوادور|Эквадор|厄瓜多尔|Ecuador
EG|Egypt|Égypte|Egipto|مصر|Египет|埃及|Ai Cập
SV|El Salvador|El Salvador|El Salvador|السلفادور|Сальвадор|萨尔瓦多|El Salvador
GQ|Equatorial Guinea|Guinée équatoriale|Guinea Ecuatorial|غينيا الاستوائية|Экваториальная Гвинея|赤道几内亚|Guinea Xích Đạo
ER|Eritrea|Érythrée|Eritrea|إريتريا|Эритрея|厄立特里亚|Eritrea
EE|Estonia|Estonie|Estonia|إستونيا|Эстония|爱沙尼亚|Estonia
SZ|Eswatini|Eswatini|Eswatini|إسواتيني|Эсватини|斯威士兰|Eswatini
ET|Ethiopia|Éthiopie|Etiopía|إثيوبيا|Эфиопия|埃塞俄比亚|Ethiopia
FJ|Fiji|Fidji|Fiji|فيجي|Фиджи|斐济|Fiji
FI|Finland|Finlande|Finlandia|فنلندا|Финляндия|芬兰|Phần Lan
FR|France|France|Francia|فرنسا|Франция|法国|Pháp
GA|Gabon|Gabon|Gabón|غابون|Габон|加蓬|Gabon
GM|Gambia|Gambie|Gambia|غامبيا|Гамбия|冈比亚|Gambia
GE|Georgia|Géorgie|Georgia|جورجيا|Грузия|格鲁吉亚|Gruzia
DE|Germany|Allemagne|Alemania|ألمانيا|Германия|德国|Đức
GH|Ghana|Ghana|Ghana|غانا|Гана|加纳|Ghana
GR|Greece|Grèce|Grecia|اليونان|Греция|希腊|Hy Lạp
GD|Grenada|Grenade|Granada|غرينادا|Гренада|格林纳达|Grenada
GT|Guatemala|Guatemala|Guatemala|غواتيمالا|Гватемала|危地马拉|Guatemala
GN|Guinea|Guinée|Guinea|غينيا|Гвинея|几内亚|Guinea
GW|Guinea-Bissau|Guinée-Bissau|Guinea-Bissau|غينيا - بيساو|Гвинея-Бисау|几内亚比绍|Guinea-Bissau
GY|Guyana|Guyana|Guyana|غيانا|Гайана|圭亚那|Guyana
HT|Haiti|Haïti|Haití|هايتي|Гаити|海地|Haiti
HN|Honduras|Honduras|Honduras|هندوراس|Гондурас|洪都拉斯|Honduras
HU|Hungary|Hongrie|Hungría|هنغاريا|Венгрия|匈牙利|Hungary
IS|Iceland|Islande|Islandia|آيسلندا|Исландия|冰岛|Iceland
IN|India|Inde|India|الهند|Индия|印度|Ấn Độ
ID|Indonesia|Indonésie|Indonesia|إندونيسيا|Индонезия|印度尼西亚|Indonesia
IR|Iran (Islamic Republic of)|Iran (République islamique d')|Irán (República Islámica del)|جمهورية إيران الإسلامية|Иран (Исламская Республика)|伊朗伊斯兰共和国|Cộng hòa Hồi giáo Iran
IQ|Iraq|Iraq|Iraq|العراق|Ирак|伊拉克|Iraq
IE|Ireland|Irlande|Irlanda|آيرلندا|Ирландия|爱尔兰|Ireland
IL|Israel|Israël|Israel|إسرائيل|Израиль|以色列|Israel
IT|Italy|Italie|Italia|إيطاليا|Италия|意大利|Italia
JM|Jamaica|Jamaïque|Jamaica|جامايكا|Ямайка|牙买加|Jamaica
JP|Japan|Japon|Japón|اليابان|Япония|日本|Nhật Bản
JO|Jordan|Jordanie|Jordania|الأردن|Иордания|约旦|Jordan
KZ|Kazakhstan|Kazakhstan|Kazajstán|كازاخستان|Казахстан|哈萨克斯坦|Kazakhstan
KE|Kenya|Kenya|Kenya|كينيا|Кения|肯尼亚|Kenya
KI|Kiribati|Kiribati|Kiribati|كيريباس|Кирибати|基里巴斯|Kiribati
KW|Kuwait|Koweït|Kuwait|الكويت|Кувейт|科威特|Kuwait
KG|Kyrgyzstan|Kirghizistan|Kirguistán|قيرغيزستان|Кыргызстан|吉尔吉斯斯坦|Kyrgyzstan
LA|Lao People's Democratic Republic|République démocratique populaire lao|República Democrática Popular Lao|جمهورية لاو الديمقراطية الشعبية|Лаосская Народно-Демократическая Республика|老挝人民民主共和国|Cộng hòa Dân chủ Nhân dân Lào
LV|Latvia|Lettonie|Letonia|لاتفيا|Латвия|拉脱维亚|Latvia
LB|Lebanon|Liban|Líbano|لبنان|Ливан|黎巴嫩|Liban
LS|Lesotho|Lesotho|Lesotho|ليسوتو|Лесото|莱索托|Lesotho
LR|Liberia|Libéria|Liberia|ليبريا|Либерия|利比里亚|Liberia
LY|Libya|Libye|Libia|ليبيا|Ливия|利比亚|Libya
LI|Liechtenstein|Liechtenstein|Liechtenstein|ليختنشتاين|Лихтенштейн|列支敦士登|Liechtenstein
LT|Lithuania|Lituanie|Lituania|ليتوانيا|Литва|立陶宛|Litva
LU|Luxembourg|Luxembourg|Luxemburgo|لكسمبرغ|Люксембург|卢森堡|Luxembourg
MG|Madagascar|Madagascar|Madagascar|مدغشقر|Мадагаскар|马达加斯加|Madagascar
MW|Malawi|Malawi|Malawi|ملاوي|Малави|马拉维|Malawi
MY|Malaysia|Malaisie|Malasia|ماليزيا|Малайзия|马来西亚|Malaysia
MV|Maldives|Maldives|Maldivas|ملديف|Мальдивские Острова|马尔代夫|Maldives
ML|Mali|Mali|Malí|مالي|Мали|马里|Mali
MT|Malta|Malte|Malta|مالطة|Мальта|马耳他|Malta
MH|Marshall Islands|Îles Marshall|Islas Marshall|جزر مارشال|Маршалловы Острова|马绍尔群岛|Quần đảo Marshall
MR|Mauritania|Mauritanie|Mauritania|موريتانيا|Мавритания|毛里塔尼亚|Mauritanie
MU|Mauritius|Maurice|Mauricio|موريشيوس|Маврикий|毛里求斯|Mauritius
MX|Mexico|Mexique|México|المكسيك|Мексика|墨西哥|Mexico
FM|Micronesia (Federated States of)|Micronésie (États fédérés de)|Micronesia (Estados Federados de)|ولايات ميكرونيزيا الموحدة|Микронезия (Федеративные Штаты)|密克罗尼西亚联邦|Liên bang Micronesia
MC|Monaco|Monaco|Mónaco|موناكو|Монако|摩纳哥|Monaco
MN|Mongolia|Mongolie|Mongolia|منغوليا|Монголия|蒙古|Mông Cổ
ME|Montenegro|Monténégro|Montenegro|الجبل الأسود|Черногория|黑山|Montenegro
MA|Morocco|Maroc|Marruecos|المغرب|Марокко|摩洛哥|Maroc
MZ|Mozambique|Mozambique|Mozambique|موزامبيق|Мозамбик|莫桑比克|Mozambique
MM|Myanmar|Myanmar|Myanmar|ميانمار|Мьянма|缅甸|Myanmar
NA|Namibia|Namibie|Namibia|ناميبيا|Намибия|纳米比亚|Namibia
NR|Nauru|Nauru|Nauru|ناورو|Науру|瑙鲁|Nauru
NP|Nepal|Népal|Nepal|نيبال|Непал|尼泊尔|Nepal
NL|Netherlands (Kingdom of the)|Pays-Bas (Royaume des)|Países Bajos (Reino de los)|مملكة هولندا|Нидерланды (Королевство)|荷兰王国|Vương quốc Hà Lan
NZ|New Zealand|Nouvelle-Zélande|Nueva Zelandia|نيوزيلندا|Новая Зеландия|新西兰|New Zealand
NI|Nicaragua|Nicaragua|Nicaragua|نيكاراغوا|Никарагуа|尼加拉瓜|Nicaragua
NE|Niger|Niger|Níger|النيجر|Нигер|尼日尔|Niger
NG|Nigeria|Nigéria|Nigeria|نيجيريا|Нигерия|尼日利亚|Nigeria
MK|North Macedonia|Macédoine du Nord|Macedonia del Norte|مقدونيا الشمالية|Северная Македония|北马其顿|Bắc Macedonia
NO|Norway|Norvège|Noruega|النرويج|Норвегия|挪威|Na Uy
OM|Oman|Oman|Omán|عمان|Оман|阿曼|Oman
PK|Pakistan|Pakistan|Pakistán|باكستان|Пакистан|巴基斯坦|Pakistan
PW|Palau|Palaos|Palau|بالاو|Палау|帕劳|Palau
PA|Panama|Panama|Panamá|بنما|Панама|巴拿马|Panama
PG|Papua New Guinea|Papouasie-Nouvelle-Guinée|Papua Nueva Guinea|بابوا غينيا الجديدة|Папуа — Новая Гвинея|巴布亚新几内亚|Papua New Guinea
PY|Paraguay|Paraguay|Paraguay|باراغواي|Парагвай|巴拉圭|Paraguay
PE|Peru|Pérou|Perú|بيرو|Перу|秘鲁|Peru
PH|Philippines|Philippines|Filipinas|الفلبين|Филиппины|菲律宾|Philippines
PL|Poland|Pologne|Polonia|بولندا|Польша|波兰|Ba Lan
PT|Portugal|Portugal|Portugal|البرتغال|Португалия|葡萄牙|Bồ Đào Nha
QA|Qatar|Qatar|Qatar|قطر|Катар|卡塔尔|Qatar
KR|Republic of Korea|République de Corée|República de Corea|جمهورية كوريا|Республика Корея|大韩民国|Đại Hàn Dân Quốc
MD|Republic of Moldova|République de Moldova|República de Moldova|جمهورية مولدوفا|Республика Молдова|摩尔多瓦共和国|Cộng hòa Moldova
RO|Romania|Roumanie|Rumania|رومانيا|Румыния|罗马尼亚|Romania
RU|Russian Federation|Fédération de Russie|Federación de Rusia|الاتحاد الروسي|Российская Федерация|俄罗斯联邦|Liên bang Nga
RW|Rwanda|Rwanda|Rwanda|رواندا|Руанда|卢旺达|Rwanda
KN|Saint Kitts and Nevis|Saint-Kitts-et-Nevis|Saint Kitts y Nevis|سانت كيتس ونيفس|Сент-Китс и Невис|圣基茨和尼维斯|Saint Kitts và Nevis
LC|Saint Lucia|Sainte-Lucie|Santa Lucía|سانت لوسيا|Сент-Люсия|圣卢西亚|Saint Lucia
VC|Saint Vincent and the Grenadines|Saint-Vincent-et-les Grenadines|San Vicente y las Granadinas|سانت فنسنت وجزر غرينادين|Сент-Винсент и Гренадины|圣文森特和格林纳丁斯|Saint Vincent và Grenadines
WS|Samoa|Samoa|Samoa|ساموا|Самоа|萨摩亚|Samoa
SM|San Marino|Saint-Marin|San Marino|سان مارينو|Сан-Марино|圣马力诺|San Marino
ST|Sao Tome and Principe|Sao Tomé-et-Principe|Santo Tomé y Príncipe|سان تومي وبرينسيبي|Сан-Томе и Принсипи|圣多美和普林西比|São Tomé và Príncipe
SA|Saudi Arabia|Arabie saoudite|Arabia Saudita|المملكة العربية السعودية|Саудовская Аравия|沙特阿拉伯|Ả Rập Xê Út
SN|Senegal|Sénégal|Senegal|السنغال|Сенегал|塞内加尔|Sénégal
RS|Serbia|Serbie|Serbia|صربيا|Сербия|塞尔维亚|Serbia
SC|Seychelles|Seychelles|Seychelles|سيشيل|Сейшельские Острова|塞舌尔|Seychelles
SL|Sierra Leone|Sierra Leone|Sierra Leona|سيراليون|Сьерра-Леоне|塞拉利昂|Sierra Leone
SG|Singapore|Singapour|Singapur|سنغافورة|Сингапур|新加坡|Singapore
SK|Slovakia|Slovaquie|Eslovaquia|سلوفاكيا|Словакия|斯洛伐克|Slovakia
SI|Slovenia|Slovénie|Eslovenia|سلوفينيا|Словения|斯洛文尼亚|Slovenia
SB|Solomon Islands|Îles Salomon|Islas Salomón|جزر سليمان|Соломоновы Острова|所罗门群岛|Quần đảo Solomon
SO|Somalia|Somalie|Somalia|الصومال|Сомали|索马里|Somalia
ZA|South Africa|Afrique du Sud|Sudáfrica|جنوب أفريقيا|Южная Африка|南非|Nam Phi
SS|South Sudan|Soudan du Sud|Sudán del Sur|جنوب السودان|Южный Судан|南苏丹|Nam Sudan
ES|Spain|Espagne|España|إسبانيا|Испания|西班牙|Tây Ban Nha
LK|Sri Lanka|Sri Lanka|Sri Lanka|سري لانكا|Шри-Ланка|斯里兰卡|Sri Lanka
SD|Sudan|Soudan|Sudán|السودان|Судан|苏丹|Sudan
SR|Suriname|Suriname|Suriname|سورينام|Суринам|苏里南|Suriname
SE|Sweden|Suède|Suecia|السويد|Швеция|瑞典|Thụy Điển
CH|Switzerland|Suisse|Suiza|سويسرا|Швейцария|瑞士|Thụy Sĩ
SY|Syrian Arab Republic|République arabe syrienne|República Árabe Siria|الجمهورية العربية السورية|Сирийская Арабская Республика|阿拉伯叙利亚共和国|Cộng hòa Ả Rập Syria
TJ|Tajikistan|Tadjikistan|Tayikistán|طاجيكستان|Таджикистан|塔吉克斯坦|Tajikistan
TH|Thailand|Thaïlande|Tailandia|تايلند|Таиланд|泰国|Thái Lan
TL|Timor-Leste|Timor-Leste|Timor-Leste|تيمور - ليشتي|Тимор-Лешти|东帝汶|Timor-Leste
TG|Togo|Togo|Togo|توغو|Того|多哥|Togo
TO|Tonga|Tonga|Tonga|تونغا|Тонга|汤加|Tonga
TT|Trinidad and Tobago|Trinité-et-Tobago|Trinidad y Tabago|ترينيداد وتوباغو|Тринидад и Тобаго|特立尼达和多巴哥|Trinidad và Tobago
TN|Tunisia|Tunisie|Túnez|تونس|Тунис|突尼斯|Tunisia
TR|Türkiye|Türkiye|Türkiye|تركيا|Турция|土耳其|Thổ Nhĩ Kỳ
TM|Turkmenistan|Turkménistan|Turkmenistán|تركمانستان|Туркменистан|土库曼斯坦|Turkmenistan
TV|Tuvalu|Tuvalu|Tuvalu|توفالو|Тувалу|图瓦卢|Tuvalu
UG|Uganda|Ouganda|Uganda|أوغندا|Уганда|乌干达|Uganda
UA|Ukraine|Ukraine|Ucrania|أوكرانيا|Украина|乌克兰|Ukraina
AE|United Arab Emirates|Émirats arabes unis|Emiratos Árabes Unidos|الإمارات العربية المتحدة|Объединенные Арабские Эмираты|阿拉伯联合酋长国|Các Tiểu vương quốc Ả Rập Thống nhất
GB|United Kingdom of Great Britain and Northern Ireland|Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|Reino Unido de Gran Bretaña e Irlanda del Norte|المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية|Соединенное Королевство Великобритании и Северной Ирландии|大不列颠及北爱尔兰联合王国|Vương quốc Liên hiệp Anh và Bắc Ireland
TZ|United Republic of Tanzania|République-Unie de Tanzanie|República Unida de Tanzanía|جمهورية تنزانيا المتحدة|Объединенная Республика Танзания|坦桑尼亚联合共和国|Cộng hòa Thống nhất Tanzania
US|United States of America|États-Unis d'Amérique|Estados Unidos de América|الولايات المتحدة الأمريكية|Соединенные Штаты Америки|美利坚合众国|Hợp chúng quốc Hoa Kỳ
UY|Uruguay|Uruguay|Uruguay|أوروغواي|Уругвай|乌拉圭|Uruguay
UZ|Uzbekistan|Ouzbékistan|Uzbekistán|أوزبكستان|Узбекистан|乌兹别克斯坦|Uzbekistan
VU|Vanuatu|Vanuatu|Vanuatu|فانواتو|Вануату|瓦努阿图|Vanuatu
VE|Venezuela (Bolivarian Republic of)|Venezuela (République bolivarienne du)|Venezuela (República Bolivariana de)|جمهورية فنزويلا البوليفارية|Венесуэла (Боливарианская Республика)|委内瑞拉玻利瓦尔共和国|Venezuela
VN|Viet Nam|Viet Nam|Viet Nam|فييت نام|Вьетнам|越南|Việt Nam
YE|Yemen|Yémen|Yemen|اليمن|Йемен|也门|Yemen
ZM|Zambia|Zambie|Zambia|زامبيا|Замбия|赞比亚|Zambia
ZW|Zimbabwe|Zimbabwe|Zimbabwe|زمبابوي|Зимбабве|津巴布韦|Zimbabwe
VA|Holy See|Saint-Siège|Santa Sede|الكرسي الرسولي|Святейший Престол|教廷|Tòa Thánh
PS|State of Palestine|État de Palestine|Estado de Palestina|دولة فلسطين|Государство Палестина|巴勒斯坦国|Nhà nước Palestine
`;

// Areas whose names the UN writes in a form of its own in every language: shown exactly so, since
// the UN does not settle their status the way the platform's own names would suggest.
const SETTLED_NAMES = `
HK|China, Hong Kong Special Administrative Region|Chine, région administrative spéciale de Hong Kong|China, región administrativa especial de Hong Kong|الصين، منطقة هونغ كونغ الإدارية الخاصة|Китай, Специальный административный район Гонконг|中国香港特别行政区|Đặc khu hành chính Hồng Kông (Trung Quốc)
MO|China, Macao Special Administrative Region|Chine, région administrative spéciale de Macao|China, región administrativa especial de Macao|الصين، منطقة ماكاو الإدارية الخاصة|Китай, Специальный административный район Макао|中国澳门特别行政区|Đặc khu hành chính Ma Cao (Trung Quốc)
TW|Taiwan Province of China|Taïwan, province de Chine|Taiwán, provincia de China|مقاطعة تايوان الصينية|Тайвань, провинция Китая|中国台湾省|Đài Loan (Trung Quốc)
FK|Falkland Islands (Malvinas)|Îles Falkland (Malvinas)|Islas Malvinas (Falkland)|جزر فوكلاند (مالفيناس)|Фолклендские (Мальвинские) острова|福克兰群岛(马尔维纳斯)|Quần đảo Falkland (Malvinas)
`;

// Other territories, under the English names of the UN Statistics Division's country and area
// list (M49). Their names in the other languages come from the platform's CLDR data, which
// matches the UN's for these areas.
const AREAS = `
AI|Anguilla
AQ|Antarctica
AS|American Samoa
AW|Aruba
AX|Åland Islands
BL|Saint Barthélemy
BM|Bermuda
BQ|Bonaire, Sint Eustatius and Saba
BV|Bouvet Island
CC|Cocos (Keeling) Islands
CK|Cook Islands
CW|Curaçao
CX|Christmas Island
EH|Western Sahara
FO|Faroe Islands
GF|French Guiana
GG|Guernsey
GI|Gibraltar
GL|Greenland
GP|Guadeloupe
GS|South Georgia and the South Sandwich Islands
GU|Guam
HM|Heard Island and McDonald Islands
IM|Isle of Man
IO|British Indian Ocean Territory
JE|Jersey
KY|Cayman Islands
MF|Saint Martin (French Part)
MP|Northern Mariana Islands
MQ|Martinique
MS|Montserrat
NC|New Caledonia
NF|Norfolk Island
NU|Niue
PF|French Polynesia
PM|Saint Pierre and Miquelon
PN|Pitcairn
PR|Puerto Rico
RE|Réunion
SH|Saint Helena
SJ|Svalbard and Jan Mayen Islands
SX|Sint Maarten (Dutch part)
TC|Turks and Caicos Islands
TF|French Southern Territories
TK|Tokelau
UM|United States Minor Outlying Islands
VG|British Virgin Islands
VI|United States Virgin Islands
WF|Wallis and Futuna Islands
YT|Mayotte
`;

/** The languages the table names every State in, in the order of its columns. */
export const UN_NAME_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'vi'] as const;
export type UnNameLanguage = (typeof UN_NAME_LANGUAGES)[number];

const rows = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => line.split('|'));

/** Code → its names in UN_NAME_LANGUAGES order (all seven for States, English only for areas). */
export const UN_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  [...rows(STATES), ...rows(SETTLED_NAMES), ...rows(AREAS)].map(([code, ...names]) => [
    code!,
    names,
  ]),
);

/** The UN Member States and observer States. */
export const STATE_CODES: readonly string[] = rows(STATES).map(([code]) => code!);
