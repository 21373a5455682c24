#pragma once
// The demo vault's sample-data tables: names by culture, places with their reserved phone
// ranges, the product catalogue, order notes and the public test cards. Used by DemoData.cpp
// only; kept apart so the planning code reads on its own.

#include <QCoreApplication>
#include <QString>
#include <array>
#include <cstddef>
#include <span>

namespace custos::demo::catalogue {

inline QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// ---- people ------------------------------------------------------------------------------------

struct GivenName
{
    const char* name;
    bool female;
    const char* roman = nullptr; // Latin spelling for the card holder and e-mail; null: `name` is Latin
};

struct FamilyName
{
    const char* male;
    const char* female = nullptr; // Polish and Czech surnames change with gender; null: same
    const char* roman = nullptr;
};

enum class NameOrder { GivenFamily, FamilyGiven, FamilyGivenNoSpace }; // "Nguyễn Thị Lan", "山田太郎"

struct Culture
{
    int weight;
    std::span<const GivenName> given;
    std::span<const FamilyName> family;
    NameOrder order = NameOrder::GivenFamily;
};

inline constexpr GivenName kBritishGiven[] = {
    {"Oliver", false}, {"Amelia", true},   {"George", false},  {"Isla", true},      {"Harry", false},
    {"Ava", true},     {"Jack", false},    {"Emily", true},    {"Charlotte", true}, {"Thomas", false},
    {"Sophie", true},  {"James", false},   {"Lucy", true},     {"William", false},  {"Hannah", true},
    {"Daniel", false}, {"Grace", true},    {"Samuel", false},  {"Chloe", true},     {"Joseph", false},
    {"Ellie", true},   {"Matthew", false}, {"Rebecca", true},  {"Michael", false},  {"Sarah", true},
    {"David", false},  {"Emma", true},     {"Paul", false},    {"Claire", true},    {"Andrew", false},
    {"Helen", true},   {"Peter", false},   {"Margaret", true}, {"Susan", true},     {"Graham", false},
    {"Gillian", true}, {"Keith", false},   {"Pauline", true},  {"Trevor", false},   {"Beverley", true},
    {"Nigel", false},  {"Alison", true},   {"Gareth", false},  {"Rhiannon", true},  {"Callum", false},
    {"Eilidh", true},  {"Freya", true},    {"Zoë", true},      {"Renée", true},     {"Noël", false},
    {"Stuart", false}, {"Jennifer", true}, {"Ian", false},     {"Deborah", true},   {"Colin", false},
    {"Maureen", true}, {"Ryan", false},    {"Jade", true},     {"Kieran", false},   {"Natalie", true},
};
inline constexpr FamilyName kBritishFamily[] = {
    {"Smith"},      {"Jones"},    {"Taylor"},    {"Brown"},     {"Williams"},   {"Wilson"},
    {"Johnson"},    {"Davies"},   {"Robinson"},  {"Wright"},    {"Thompson"},   {"Evans"},
    {"Walker"},     {"White"},    {"Roberts"},   {"Green"},     {"Hall"},       {"Wood"},
    {"Jackson"},    {"Clarke"},   {"Hughes"},    {"Edwards"},   {"Turner"},     {"Harris"},
    {"Martin"},     {"Cooper"},   {"Hill"},      {"Ward"},      {"Morris"},     {"Moore"},
    {"Clark"},      {"Lee"},      {"King"},      {"Baker"},     {"Harrison"},   {"Morgan"},
    {"Allen"},      {"Scott"},    {"Phillips"},  {"Watson"},    {"Parker"},     {"Price"},
    {"Bennett"},    {"Young"},    {"Griffiths"}, {"Mitchell"},  {"Kelly"},      {"Cook"},
    {"Carter"},     {"Bailey"},   {"Collins"},   {"Bell"},      {"Shaw"},       {"Murphy"},
    {"Miller"},     {"Cox"},      {"Marshall"},  {"Simpson"},   {"Ellis"},      {"Adams"},
    {"Wilkinson"},  {"Foster"},   {"Chapman"},   {"Powell"},    {"Webb"},       {"Rogers"},
    {"Gray"},       {"Mason"},    {"Hunt"},      {"Campbell"},  {"Matthews"},   {"Owen"},
    {"Palmer"},     {"Holmes"},   {"Mills"},     {"Barnes"},    {"Knight"},     {"Lloyd"},
    {"Butler"},     {"Russell"},  {"Fisher"},    {"Jenkins"},   {"Dixon"},      {"Harvey"},
    {"Smythe"},     {"Smithson"}, {"Smithers"},  {"O'Neill"},   {"McAllister"}, {"MacDonald"},
    {"Fitzgerald"}, {"Ashworth"}, {"Pemberton"}, {"Llewellyn"}, {"ap Rhys"},    {"Fotheringham-Smythe"},
    {"Whitfield"},
};

inline constexpr GivenName kIrishGiven[] = {
    {"Siobhán", true}, {"Aoife", true},    {"Seán", false}, {"Ciarán", false}, {"Niamh", true},
    {"Róisín", true},  {"Pádraig", false}, {"Orla", true},  {"Eoin", false},   {"Caoimhe", true},
};
inline constexpr FamilyName kIrishFamily[] = {
    {"O'Brien"}, {"Ó Súilleabháin"}, {"Murphy"},  {"O'Sullivan"}, {"Walsh"},     {"McCarthy"},
    {"Byrne"},   {"Ryan"},           {"Doherty"}, {"Ó Conaill"},  {"Gallagher"}, {"Quinn"},
};

inline constexpr GivenName kPolishGiven[] = {
    {"Łukasz", false},   {"Małgorzata", true}, {"Paweł", false},    {"Zofia", true},   {"Wojciech", false},
    {"Agnieszka", true}, {"Krzysztof", false}, {"Katarzyna", true}, {"Michał", false}, {"Joanna", true},
    {"Jędrzej", false},  {"Żaneta", true},     {"Grzegorz", false}, {"Ewa", true},
};
inline constexpr FamilyName kPolishFamily[] = {
    {"Nowak"},
    {"Kowalski", "Kowalska"},
    {"Wiśniewski", "Wiśniewska"},
    {"Wójcik"},
    {"Kowalczyk"},
    {"Kamiński", "Kamińska"},
    {"Lewandowski", "Lewandowska"},
    {"Zieliński", "Zielińska"},
    {"Szymański", "Szymańska"},
    {"Woźniak"},
    {"Dąbrowski", "Dąbrowska"},
    {"Król"},
};

inline constexpr GivenName kSouthAsianGiven[] = {
    {"Priya", true},    {"Arjun", false},  {"Sanjay", false},  {"Anjali", true},  {"Rahul", false},  {"Deepa", true},
    {"Aarav", false},   {"Kavita", true},  {"Imran", false},   {"Ayesha", true},  {"Farhan", false}, {"Nusrat", true},
    {"Gurpreet", true}, {"Harjit", false}, {"Manpreet", true}, {"Vikram", false}, {"Sunita", true},  {"Tariq", false},
};
inline constexpr FamilyName kSouthAsianFamily[] = {
    {"Patel"}, {"Sharma"},  {"Singh"}, {"Kaur"},   {"Gupta"}, {"Shah"}, {"Mistry"}, {"Chaudhry"},
    {"Ahmed"}, {"Hussain"}, {"Begum"}, {"Rahman"}, {"Iyer"},  {"Nair"}, {"Reddy"},  {"Khan"},
};

inline constexpr GivenName kArabicGiven[] = {
    {"محمد", false, "Mohammed"}, {"أحمد", false, "Ahmed"}, {"عمر", false, "Omar"},   {"يوسف", false, "Youssef"},
    {"فاطمة", true, "Fatima"},   {"ليلى", true, "Layla"},  {"مريم", true, "Maryam"}, {"نور", true, "Nour"},
};
inline constexpr FamilyName kArabicFamily[] = {
    {"الأحمد", nullptr, "Al-Ahmad"}, {"حسن", nullptr, "Hassan"},      {"خليل", nullptr, "Khalil"},
    {"منصور", nullptr, "Mansour"},   {"إبراهيم", nullptr, "Ibrahim"}, {"سعيد", nullptr, "Saeed"},
};
inline constexpr GivenName kArabicRomanGiven[] = {
    {"Mohammed", false}, {"Ahmed", false}, {"Yasmin", true}, {"Karim", false}, {"Rania", true},
    {"Khalid", false},   {"Samira", true}, {"Hamza", false}, {"Leila", true},
};
inline constexpr FamilyName kArabicRomanFamily[] = {
    {"Al-Rashid"}, {"Abdullah"}, {"El-Amin"}, {"Haddad"}, {"Saleh"}, {"Nasser"}, {"Farouk"}, {"Al-Masri"},
};

inline constexpr GivenName kJapaneseGiven[] = {
    {"太郎", false, "Taro"}, {"花子", true, "Hanako"},   {"一郎", false, "Ichiro"}, {"美咲", true, "Misaki"},
    {"健", false, "Ken"},    {"さくら", true, "Sakura"}, {"翔太", false, "Shota"},  {"陽菜", true, "Hina"},
};
inline constexpr FamilyName kJapaneseFamily[] = {
    {"山田", nullptr, "Yamada"},    {"佐藤", nullptr, "Sato"},     {"鈴木", nullptr, "Suzuki"},
    {"高橋", nullptr, "Takahashi"}, {"田中", nullptr, "Tanaka"},   {"渡辺", nullptr, "Watanabe"},
    {"伊藤", nullptr, "Ito"},       {"中村", nullptr, "Nakamura"},
};

inline constexpr GivenName kChineseGiven[] = {
    {"伟", false, "Wei"}, {"芳", true, "Fang"},        {"娜", true, "Na"},      {"敏", true, "Min"},
    {"静", true, "Jing"}, {"晓明", false, "Xiaoming"}, {"丽华", true, "Lihua"}, {"建国", false, "Jianguo"},
};
inline constexpr FamilyName kChineseFamily[] = {
    {"王", nullptr, "Wang"}, {"李", nullptr, "Li"},   {"张", nullptr, "Zhang"}, {"刘", nullptr, "Liu"},
    {"陈", nullptr, "Chen"}, {"杨", nullptr, "Yang"}, {"黄", nullptr, "Huang"}, {"周", nullptr, "Zhou"},
};

inline constexpr GivenName kKoreanGiven[] = {
    {"민준", false, "Minjun"},
    {"서연", true, "Seoyeon"},
    {"지훈", false, "Jihoon"},
    {"하은", true, "Haeun"},
};
inline constexpr FamilyName kKoreanFamily[] = {
    {"김", nullptr, "Kim"},
    {"이", nullptr, "Lee"},
    {"박", nullptr, "Park"},
    {"최", nullptr, "Choi"},
};

inline constexpr GivenName kVietnameseGiven[] = {
    {"Thị Lan", true}, {"Văn Minh", false}, {"Thu Hà", true}, {"Đức Anh", false}, {"Ngọc Ánh", true},
};
inline constexpr FamilyName kVietnameseFamily[] = {{"Nguyễn"}, {"Trần"}, {"Phạm"}, {"Lê"}, {"Hoàng"}};

inline constexpr GivenName kWestAfricanGiven[] = {
    {"Chinedu", false}, {"Adaeze", true},  {"Oluwaseun", false}, {"Kwame", false}, {"Ama", true},
    {"Femi", false},    {"Yetunde", true}, {"Amara", true},      {"Kofi", false},  {"Ngozi", true},
};
inline constexpr FamilyName kWestAfricanFamily[] = {
    {"Okafor"}, {"Nwosu"}, {"Adeyemi"}, {"Mensah"}, {"Boateng"}, {"Okonkwo"}, {"Adebayo"}, {"Bello"}, {"Asante"},
};

inline constexpr GivenName kFrenchGiven[] = {
    {"Zoë", true},     {"Chloé", true},   {"François", false}, {"Hélène", true},    {"Benoît", false},
    {"Aurélie", true}, {"Jérôme", false}, {"Léa", true},       {"Grégoire", false}, {"Maëlle", true},
};
inline constexpr FamilyName kFrenchFamily[] = {
    {"Dubois"}, {"Lefèvre"}, {"Martin"}, {"Girard"}, {"Moreau"}, {"Fontaine"}, {"Rousseau"}, {"Lemaître"},
};

inline constexpr GivenName kGermanGiven[] = {
    {"Jürgen", false}, {"Anneliese", true}, {"Björn", false}, {"Käthe", true}, {"Lukas", false}, {"Jana", true},
};
inline constexpr FamilyName kGermanFamily[] = {
    {"Müller"}, {"Groß"}, {"Schäfer"}, {"Weiß"}, {"Köhler"}, {"Hoffmann"},
};

inline constexpr GivenName kIberianGiven[] = {
    {"José", false}, {"Inês", true}, {"María José", true}, {"João", false}, {"Begoña", true}, {"Íñigo", false},
};
inline constexpr FamilyName kIberianFamily[] = {
    {"García"}, {"Carvalho"}, {"Núñez"}, {"Gonçalves"}, {"Ibáñez"}, {"Muñoz"},
};

inline constexpr GivenName kNordicGiven[] = {
    {"Bjørn", false}, {"Åsa", true}, {"Søren", false}, {"Sigrún", true}, {"Ingrid", true},
};
inline constexpr FamilyName kNordicFamily[] = {
    {"Ødegård"}, {"Lindqvist"}, {"Østergaard"}, {"Håkansson"}, {"Jónsdóttir"}};

inline constexpr GivenName kTurkishGiven[] = {
    {"Ayşe", true}, {"Çağla", true}, {"Mehmet", false}, {"Emre", false}, {"Elif", true},
};
inline constexpr FamilyName kTurkishFamily[] = {{"Yılmaz"}, {"Öztürk"}, {"Şahin"}, {"Çelik"}, {"Doğan"}};

// Weights in per cent: a Portsmouth customer list is mostly British names, with the mix of a
// port city and a university.
inline const std::array kCultures{
    Culture{48, kBritishGiven, kBritishFamily},
    Culture{5, kIrishGiven, kIrishFamily},
    Culture{7, kPolishGiven, kPolishFamily},
    Culture{10, kSouthAsianGiven, kSouthAsianFamily},
    Culture{2, kArabicGiven, kArabicFamily},
    Culture{3, kArabicRomanGiven, kArabicRomanFamily},
    Culture{2, kJapaneseGiven, kJapaneseFamily, NameOrder::FamilyGivenNoSpace},
    Culture{3, kChineseGiven, kChineseFamily, NameOrder::FamilyGivenNoSpace},
    Culture{1, kKoreanGiven, kKoreanFamily, NameOrder::FamilyGivenNoSpace},
    Culture{2, kVietnameseGiven, kVietnameseFamily, NameOrder::FamilyGiven},
    Culture{5, kWestAfricanGiven, kWestAfricanFamily},
    Culture{4, kFrenchGiven, kFrenchFamily},
    Culture{2, kGermanGiven, kGermanFamily},
    Culture{2, kIberianGiven, kIberianFamily},
    Culture{2, kNordicGiven, kNordicFamily},
    Culture{2, kTurkishGiven, kTurkishFamily},
};
inline constexpr std::size_t kFrench = 11;
inline constexpr std::size_t kGerman = 12;

// Always in the list, whatever the random draw: names that test scripts and folding.
struct FeaturedName
{
    const char* name;
    const char* roman; // null: `name` is Latin
};
inline constexpr FeaturedName kFeatured[] = {
    {"Zoë Ashworth", nullptr},    {"Łukasz Wiśniewski", nullptr},
    {"山田太郎", "Taro Yamada"},  {"محمد الأحمد", "Mohammed Al-Ahmad"},
    {"Siobhán O'Brien", nullptr}, {"José María Núñez", nullptr},
    {"Bjørn Ødegård", nullptr},   {"Nguyễn Thị Lan", nullptr},
    {"王伟", "Wei Wang"},
};

// Customers that are organisations: "<place> <kind>".
inline constexpr const char* kOrgPlaces[] = {"Southsea", "Fratton",        "Copnor",  "Milton",
                                             "Eastney",  "Cosham",         "Drayton", "Hilsea",
                                             "Stamshaw", "Old Portsmouth", "Baffins", "Farlington"};
inline constexpr const char* kOrgKinds[] = {
    "Dental Practice", "Veterinary Surgery", "Community Centre", "Tennis Club",   "Lettings",
    "Physiotherapy",   "Print & Copy",       "Bakery",           "Parish Office", "Scout Group",
    "Accountants LLP", "Bookshop",           "Florist",          "Sailing Club",  "Primary School (Office)",
    "Opticians"};

// ---- places and phone numbers --------------------------------------------------------------------
// Phone numbers come from ranges reserved for drama and fiction (Ofcom, NANPA 555-01xx, ACMA,
// ARCEP, Bundesnetzagentur) that libphonenumber 8.12 still accepts as valid. Ofcom's 01632 960xxx
// and 07700 900xxx are refused by libphonenumber ("range not in use"), so they cannot be used.

enum class Country { UK, US, Canada, Australia, France, Germany };

struct Place
{
    int weight;
    const char* city;
    const char* region;
    std::array<const char*, 5> postcodes; // UK: outward codes; elsewhere whole codes; null-terminated
    const char* phone;                    // prefix as a clerk types it, then `phoneDigits` random digits
    int phoneDigits;
    Country country = Country::UK;
};

inline const std::array kPlaces{
    // Around the shop: the UK-wide drama range 03069 990xxx (Portsmouth's own 023 92 has none).
    Place{16, "Portsmouth", "Hampshire", {"PO1", "PO2", "PO3", "PO6"}, "03069 990", 3},
    Place{14, "Southsea", "Hampshire", {"PO4", "PO5"}, "03069 990", 3},
    Place{5, "Havant", "Hampshire", {"PO9"}, "03069 990", 3},
    Place{5, "Waterlooville", "Hampshire", {"PO7", "PO8"}, "03069 990", 3},
    Place{2, "Emsworth", "Hampshire", {"PO10"}, "03069 990", 3},
    Place{3, "Hayling Island", "Hampshire", {"PO11"}, "03069 990", 3},
    Place{5, "Gosport", "Hampshire", {"PO12", "PO13"}, "03069 990", 3},
    Place{5, "Fareham", "Hampshire", {"PO14", "PO15", "PO16"}, "03069 990", 3},
    Place{3, "Chichester", "West Sussex", {"PO19", "PO20"}, "03069 990", 3},
    Place{5, "Southampton", "Hampshire", {"SO14", "SO15", "SO16", "SO17", "SO19"}, "03069 990", 3},
    Place{2, "Petersfield", "Hampshire", {"GU31", "GU32"}, "03069 990", 3},
    Place{2, "Ryde", "Isle of Wight", {"PO33"}, "03069 990", 3},
    Place{1, "Newport", "Isle of Wight", {"PO30"}, "03069 990", 3},
    // Elsewhere in the UK: each city's own drama range.
    Place{4, "London", "", {"N16", "E8", "SE15", "SW11", "NW5"}, "020 7946 0", 3},
    Place{1, "Leeds", "West Yorkshire", {"LS6"}, "0113 496 0", 3},
    Place{1, "Sheffield", "South Yorkshire", {"S11"}, "0114 496 0", 3},
    Place{1, "Leicester", "Leicestershire", {"LE2"}, "0116 496 0", 3},
    Place{1, "Bristol", "", {"BS7"}, "0117 496 0", 3},
    Place{1, "Reading", "Berkshire", {"RG1"}, "0118 496 0", 3},
    Place{1, "Birmingham", "West Midlands", {"B13"}, "0121 496 0", 3},
    Place{1, "Edinburgh", "", {"EH6"}, "0131 496 0", 3},
    Place{1, "Glasgow", "", {"G12"}, "0141 496 0", 3},
    Place{1, "Liverpool", "Merseyside", {"L17"}, "0151 496 0", 3},
    Place{1, "Manchester", "Greater Manchester", {"M20"}, "0161 496 0", 3},
    Place{1, "Newcastle upon Tyne", "Tyne and Wear", {"NE6"}, "0191 498 0", 3},
    Place{1, "Belfast", "County Antrim", {"BT9"}, "028 9649 6", 3},
    Place{1, "Cardiff", "", {"CF24"}, "029 2018 0", 3},
    // Abroad (typed with the country code).
    Place{1, "Portsmouth", "NH", {"03801"}, "+1 603 555 01", 2, Country::US},
    Place{1, "Portsmouth", "VA", {"23704"}, "+1 757 555 01", 2, Country::US},
    Place{1, "Halifax", "NS", {"B3H 1A1", "B3J 2K9"}, "+1 902 555 01", 2, Country::Canada},
    Place{1, "Sydney", "NSW", {"2000"}, "+61 2 5550 ", 4, Country::Australia},
    Place{1, "Caen", "Normandie", {"14000"}, "+33 2 61 91 ", 4, Country::France},
    Place{1, "Saint-Malo", "Bretagne", {"35400"}, "+33 2 61 91 ", 4, Country::France},
    Place{1, "Berlin", "", {"10115", "10178"}, "+49 30 23125 ", 3, Country::Germany},
};

inline constexpr const char* kUkStreets[] = {
    "High Street",      "Church Road",      "Station Road",       "Victoria Road North", "Albert Road",
    "Elm Grove",        "Highland Road",    "London Road",        "Kingston Road",       "Queen Street",
    "Mill Lane",        "The Crescent",     "Manor Way",          "Chichester Road",     "Havant Road",
    "Festing Road",     "Osborne Road",     "Marmion Road",       "Winchester Road",     "Castle Road",
    "St Andrew's Road", "Laburnum Grove",   "Beechwood Avenue",   "Orchard Close",       "Harbour Way",
    "Copnor Road",      "Locksway Road",    "Stubbington Avenue", "Tangier Road",        "Waverley Road",
    "Salisbury Road",   "Nelson Avenue",    "Drake Close",        "Anchor Lane",         "Lighthouse Court",
    "Park Lane",        "Grove Road South", "Fawcett Road",       "Francis Avenue",      "Winter Road",
};
inline constexpr const char* kUsStreets[] = {"Pleasant Street", "Market Street", "Islington Street", "Maple Avenue"};
inline constexpr const char* kFrenchStreets[] = {"rue de la République", "avenue de Paris", "quai Vendeuvre",
                                                 "rue Saint-Pierre"};
inline constexpr const char* kGermanStreets[] = {"Gartenstraße", "Schönhauser Allee", "Torstraße", "Kastanienallee"};
inline constexpr const char* kAuStreets[] = {"George Street", "Pitt Street", "Macquarie Street"};

inline QString countryName(Country c)
{
    switch (c) {
    case Country::UK:
        return QStringLiteral("United Kingdom");
    case Country::US:
        return QStringLiteral("United States");
    case Country::Canada:
        return QStringLiteral("Canada");
    case Country::Australia:
        return QStringLiteral("Australia");
    case Country::France:
        return QStringLiteral("France");
    case Country::Germany:
        return QStringLiteral("Germany");
    }
    return {};
}

// RFC 2606 names only: mail sent by mistake goes nowhere.
inline constexpr const char* kEmailDomains[] = {"example.com", "example.com",  "example.org",
                                                "example.net", "mail.example", "inbox.example"};

// ---- what they buy ---------------------------------------------------------------------------------

struct Item
{
    const char* description;
    qint64 cents;
    int maxQuantity;
};

inline constexpr Item kCatalogue[] = {
    {"A4 copier paper, 80 gsm, box of 5 reams", 2499, 10},
    {"A4 copier paper, 80 gsm, ream of 500 sheets", 549, 20},
    {"A3 copier paper, 80 gsm, ream of 500 sheets", 1099, 5},
    {"Ballpoint pens, blue, box of 50", 899, 4},
    {"Ballpoint pens, black, box of 50", 899, 4},
    {"Gel pens, assorted colours, pack of 12", 749, 6},
    {"Fineliner pens, black, pack of 10", 1149, 4},
    {"HB pencils, box of 12", 299, 10},
    {"Highlighters, assorted, wallet of 6", 449, 10},
    {"Whiteboard markers, assorted, pack of 4", 529, 10},
    {"Permanent markers, black, pack of 10", 899, 5},
    {"Spiral notebook, A5, 160 pages", 349, 20},
    {"Hardback notebook, A4, ruled", 599, 12},
    {"Shorthand notepads, pack of 10", 699, 6},
    {"Sticky notes, 76 x 76 mm, pack of 12 pads", 899, 6},
    {"Lever arch files, A4, pack of 10", 1899, 5},
    {"Ring binders, A4, 2-ring, pack of 10", 1299, 5},
    {"Suspension files, foolscap, box of 50", 2399, 3},
    {"Document wallets, manilla, pack of 50", 1299, 4},
    {"Punched pockets, A4, box of 100", 499, 10},
    {"Dividers, A4, 10-part, pack of 10", 1099, 4},
    {"Envelopes, DL, white, self-seal, box of 500", 1499, 6},
    {"Envelopes, C4, manilla, box of 250", 2199, 4},
    {"Padded envelopes, size D, pack of 100", 2799, 3},
    {"Address labels, 21 per sheet, 100 sheets", 1799, 4},
    {"Stapler, full strip, metal", 1299, 3},
    {"Staples, 26/6, box of 5,000", 249, 20},
    {"Hole punch, 2-hole, 30 sheets", 1099, 3},
    {"Paper clips, 33 mm, box of 1,000", 399, 10},
    {"Bulldog clips, 51 mm, box of 10", 349, 10},
    {"Scissors, 210 mm, soft grip", 399, 6},
    {"Clear tape, 24 mm x 66 m, pack of 6", 599, 6},
    {"Parcel tape, brown, 48 mm x 66 m, pack of 6", 899, 8},
    {"Correction tape, pack of 10", 1199, 4},
    {"Glue sticks, 40 g, pack of 10", 999, 6},
    {"Letter tray, black, stackable", 499, 8},
    {"Desk organiser, mesh", 1299, 4},
    {"Archive boxes, pack of 10", 2499, 5},
    {"Laminating pouches, A4, 150 micron, box of 100", 1399, 4},
    {"Calculator, desktop, 12-digit", 1499, 3},
    {"Toner cartridge, black, high yield (compatible)", 6499, 3},
    {"Ink cartridges, colour multipack (compatible)", 3499, 3},
    {"Receipt book, duplicate, A6", 399, 10},
    {"Invoice book, carbonless, A5", 699, 10},
    {"Till rolls, 57 x 40 mm, box of 20", 1299, 5},
    {"Wall planner, year to view", 799, 3},
    {"Desk diary, A4, week to view", 1299, 5},
    {"Greetings cards, assorted, pack of 20", 1499, 3},
    {"Kraft paper roll, 500 mm x 25 m", 1199, 4},
    {"Bubble wrap, 500 mm x 10 m", 999, 6},
    {"Cardboard boxes, 305 x 229 x 152 mm, pack of 25", 2299, 4},
    {"Index cards, 127 x 76 mm, ruled, pack of 100", 249, 10},
    {"Coloured card, A4, 160 gsm, pack of 250", 1099, 4},
    {"Photo paper, A4, glossy, 50 sheets", 1299, 4},
    {"Cash box, 250 mm, with key", 2499, 2},
    {"Self-inking stamp, custom text", 1899, 2},
    {"Rubber bands, assorted, 500 g", 449, 4},
    {"Drawing pins, box of 100", 149, 10},
    {"Cork board, 600 x 900 mm", 2499, 2},
    {"Whiteboard, magnetic, 900 x 600 mm", 4999, 2},
    {"Desk lamp, LED", 2999, 2},
    {"Shredder, cross-cut, 8 sheets", 6999, 1},
    {"Office chair, mesh back", 11999, 2},
};

inline constexpr const char* kOrderNotes[] = {
    "Please deliver to the side entrance.",
    "Leave with the neighbour at no. 14 if out.",
    "Customer will collect.",
    "Invoice to the accounts department.",
    "Same as last month's order.",
    "Needed by Friday.",
    "Call before delivery.",
    "Gift: no prices on the delivery note.",
};

// The public test card numbers of the card networks (Stripe's list): Luhn-valid, never issued.
struct TestCard
{
    const char* pan;
    int weight;
};
inline constexpr TestCard kTestCards[] = {
    {"4242424242424242", 25}, {"4000056655665556", 12}, {"4111111111111111", 10}, {"5555555555554444", 15},
    {"2223003122003222", 6},  {"5200828282828210", 8},  {"378282246310005", 6},   {"371449635398431", 4},
    {"6011111111111117", 4},  {"6011000990139424", 2},  {"3530111333300000", 5},  {"3566002020360505", 3},
};

} // namespace custos::demo::catalogue
