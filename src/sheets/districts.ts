import type { Labels } from "../rubric";

export interface District {
  /** ISO 3166-2 code of the oblast the district lies in. */
  readonly oblast: string;
  readonly name: Labels;
}

// The districts (районы / райондор) of Kyrgyzstan's seven oblasts: oblast code, Russian adjective,
// Kyrgyz name, English name, then the spellings to look for (compacted, as beginnings of the cell's
// text) in Russian, Kyrgyz and Latin script. Reports show a district in the report's language, as
// they show oblasts, so that a Kyrgyz row does not read "Ысык-Көл облусу | Ак-Суйский район".
type Row = readonly [string, string, string, string, string];
const ROWS: readonly Row[] = [
  ["KG-B", "Баткенский", "Баткен", "Batken", "баткенск,баткен,batken"],
  [
    "KG-B",
    "Кадамжайский",
    "Кадамжай",
    "Kadamjay",
    "кадамжайск,кадамжай,kadamjay,kadamzhai,kadamdzhai",
  ],
  ["KG-B", "Лейлекский", "Лейлек", "Leylek", "лейлекск,лейлек,leylek,leilek"],
  [
    "KG-C",
    "Аламудунский",
    "Аламүдүн",
    "Alamüdün",
    "аламудунск,аламүдүн,аламудун,alamudun,alamüdün",
  ],
  ["KG-C", "Жайыльский", "Жайыл", "Jayyl", "жайыльск,жайылск,жайыл,jayyl,jaiyl,zhaiyl,zhayyl"],
  ["KG-C", "Кеминский", "Кемин", "Kemin", "кеминск,кемин,kemin"],
  ["KG-C", "Московский", "Москва", "Moskva", "московск,москва,moskva,moscow"],
  ["KG-C", "Панфиловский", "Панфилов", "Panfilov", "панфиловск,панфилов,panfilov"],
  ["KG-C", "Сокулукский", "Сокулук", "Sokuluk", "сокулукск,сокулук,sokuluk"],
  ["KG-C", "Чуйский", "Чүй", "Chüy", "чуйск,чүй,chuy,chüy,chui"],
  [
    "KG-C",
    "Ысык-Атинский",
    "Ысык-Ата",
    "Ysyk-Ata",
    "ысыкатинск,иссыкатинск,ысыката,ysykata,issykata",
  ],
  ["KG-J", "Аксыйский", "Аксы", "Aksy", "аксыйск,аксы,aksy"],
  ["KG-J", "Ала-Букинский", "Ала-Бука", "Ala-Buka", "алабукинск,алабука,alabuka"],
  [
    "KG-J",
    "Базар-Коргонский",
    "Базар-Коргон",
    "Bazar-Korgon",
    "базаркоргонск,базаркоргон,bazarkorgon",
  ],
  ["KG-J", "Ноокенский", "Ноокен", "Nooken", "ноокенск,ноокен,nooken"],
  ["KG-J", "Сузакский", "Сузак", "Suzak", "сузакск,сузак,suzak"],
  ["KG-J", "Тогуз-Тороуский", "Тогуз-Торо", "Toguz-Toro", "тогузтороуск,тогузторо,toguztoro"],
  ["KG-J", "Токтогульский", "Токтогул", "Toktogul", "токтогульск,токтогул,toktogul"],
  ["KG-J", "Чаткальский", "Чаткал", "Chatkal", "чаткальск,чаткал,chatkal"],
  ["KG-N", "Ак-Талинский", "Ак-Талаа", "Ak-Talaa", "акталинск,акталаа,aktalaa,aktala"],
  ["KG-N", "Ат-Башинский", "Ат-Башы", "At-Bashy", "атбашинск,атбашы,atbashy,atbashi"],
  ["KG-N", "Жумгальский", "Жумгал", "Jumgal", "жумгальск,жумгал,jumgal,dzhumgal,zhumgal"],
  ["KG-N", "Кочкорский", "Кочкор", "Kochkor", "кочкорск,кочкор,kochkor"],
  ["KG-N", "Нарынский", "Нарын", "Naryn", "нарынск,нарын,naryn"],
  ["KG-O", "Алайский", "Алай", "Alay", "алайск,алай,alay,alai"],
  ["KG-O", "Араванский", "Араван", "Aravan", "араванск,араван,aravan"],
  [
    "KG-O",
    "Кара-Кульджинский",
    "Кара-Кулжа",
    "Kara-Kulja",
    "каракульджинск,каракулжа,karakulja,karakuldzha",
  ],
  ["KG-O", "Кара-Суйский", "Кара-Суу", "Kara-Suu", "карасуйск,карасуу,karasuu"],
  ["KG-O", "Ноокатский", "Ноокат", "Nookat", "ноокатск,ноокат,nookat"],
  ["KG-O", "Узгенский", "Өзгөн", "Özgön", "узгенск,өзгөн,uzgen,ozgon,özgön"],
  [
    "KG-O",
    "Чон-Алайский",
    "Чоң-Алай",
    "Chong-Alay",
    "чоналайск,чоңалай,chongalay,chongalai,chonalay",
  ],
  ["KG-T", "Бакай-Атинский", "Бакай-Ата", "Bakay-Ata", "бакайатинск,бакайата,bakayata,bakaiata"],
  ["KG-T", "Кара-Бууринский", "Кара-Буура", "Kara-Buura", "карабууринск,карабуура,karabuura"],
  ["KG-T", "Манасский", "Манас", "Manas", "манасск,манас,manas"],
  ["KG-T", "Таласский", "Талас", "Talas", "таласск,талас,talas"],
  ["KG-Y", "Ак-Суйский", "Ак-Суу", "Ak-Suu", "аксуйск,аксуу,aksuu"],
  [
    "KG-Y",
    "Джети-Огузский",
    "Жети-Өгүз",
    "Jeti-Ögüz",
    "джетиогузск,жетиогузск,жетиөгүз,jetioguz,djetioguz,zhetioguz,jetiögüz",
  ],
  [
    "KG-Y",
    "Иссык-Кульский",
    "Ысык-Көл",
    "Issyk-Kul",
    "иссыккульск,ысыккөл,issykkul,ysykkol,ysykköl",
  ],
  ["KG-Y", "Тонский", "Тоң", "Ton", "тонск,тоң,ton"],
  ["KG-Y", "Тюпский", "Түп", "Tüp", "тюпск,түп,tup,tyup,tüp"],
];

const DISTRICTS = ROWS.map(([oblast, ru, ky, en, stems]) => ({
  oblast,
  name: { en: `${en} District`, ru: `${ru} район`, ky: `${ky} району` },
  stems: stems.split(","),
}));

function compact(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

// After the name only an adjective ending and a word for "district" may follow: "Ак-Суйский
// район", "Ак-Суу району", "Ak-Suu district", "Аксуйский р-н". "Ысык-Көл облусу" (an oblast typed in
// the district column) is not the Ысык-Көл district.
const REST = /^(ий|ый|ой)?(район|району|рн|р|district|raion|rayon)?$/u;

/** The district a cell names, in any of its usual spellings; undefined when not recognised. */
export function recognizeDistrict(text: string | null | undefined): District | undefined {
  if (!text) return undefined;
  const key = compact(text);
  const found = DISTRICTS.find((d) =>
    d.stems.some((stem) => key.startsWith(stem) && REST.test(key.slice(stem.length)))
  );
  return found ? { oblast: found.oblast, name: found.name } : undefined;
}
