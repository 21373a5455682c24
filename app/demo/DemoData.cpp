// Sample customers and orders for the demo vault. Everything is planned first from one seeded
// random generator (so the plan does not depend on the date), then replayed in time order
// through the services with a clock set to each event's business time.
#include "demo/DemoData.h"

#include "core/Clock.h"
#include "demo/DemoVault.h"
#include "domain/Customer.h"
#include "domain/Order.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "storage/CustomerRepository.h"
#include "vault/Vault.h"

#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <span>
#include <vector>

namespace custos::demo {
namespace {

QString text(const char* utf8)
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

constexpr GivenName kBritishGiven[] = {
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
constexpr FamilyName kBritishFamily[] = {
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

constexpr GivenName kIrishGiven[] = {
    {"Siobhán", true}, {"Aoife", true},    {"Seán", false}, {"Ciarán", false}, {"Niamh", true},
    {"Róisín", true},  {"Pádraig", false}, {"Orla", true},  {"Eoin", false},   {"Caoimhe", true},
};
constexpr FamilyName kIrishFamily[] = {
    {"O'Brien"}, {"Ó Súilleabháin"}, {"Murphy"},  {"O'Sullivan"}, {"Walsh"},     {"McCarthy"},
    {"Byrne"},   {"Ryan"},           {"Doherty"}, {"Ó Conaill"},  {"Gallagher"}, {"Quinn"},
};

constexpr GivenName kPolishGiven[] = {
    {"Łukasz", false},   {"Małgorzata", true}, {"Paweł", false},    {"Zofia", true},   {"Wojciech", false},
    {"Agnieszka", true}, {"Krzysztof", false}, {"Katarzyna", true}, {"Michał", false}, {"Joanna", true},
    {"Jędrzej", false},  {"Żaneta", true},     {"Grzegorz", false}, {"Ewa", true},
};
constexpr FamilyName kPolishFamily[] = {
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

constexpr GivenName kSouthAsianGiven[] = {
    {"Priya", true},    {"Arjun", false},  {"Sanjay", false},  {"Anjali", true},  {"Rahul", false},  {"Deepa", true},
    {"Aarav", false},   {"Kavita", true},  {"Imran", false},   {"Ayesha", true},  {"Farhan", false}, {"Nusrat", true},
    {"Gurpreet", true}, {"Harjit", false}, {"Manpreet", true}, {"Vikram", false}, {"Sunita", true},  {"Tariq", false},
};
constexpr FamilyName kSouthAsianFamily[] = {
    {"Patel"}, {"Sharma"},  {"Singh"}, {"Kaur"},   {"Gupta"}, {"Shah"}, {"Mistry"}, {"Chaudhry"},
    {"Ahmed"}, {"Hussain"}, {"Begum"}, {"Rahman"}, {"Iyer"},  {"Nair"}, {"Reddy"},  {"Khan"},
};

constexpr GivenName kArabicGiven[] = {
    {"محمد", false, "Mohammed"}, {"أحمد", false, "Ahmed"}, {"عمر", false, "Omar"},   {"يوسف", false, "Youssef"},
    {"فاطمة", true, "Fatima"},   {"ليلى", true, "Layla"},  {"مريم", true, "Maryam"}, {"نور", true, "Nour"},
};
constexpr FamilyName kArabicFamily[] = {
    {"الأحمد", nullptr, "Al-Ahmad"}, {"حسن", nullptr, "Hassan"},      {"خليل", nullptr, "Khalil"},
    {"منصور", nullptr, "Mansour"},   {"إبراهيم", nullptr, "Ibrahim"}, {"سعيد", nullptr, "Saeed"},
};
constexpr GivenName kArabicRomanGiven[] = {
    {"Mohammed", false}, {"Ahmed", false}, {"Yasmin", true}, {"Karim", false}, {"Rania", true},
    {"Khalid", false},   {"Samira", true}, {"Hamza", false}, {"Leila", true},
};
constexpr FamilyName kArabicRomanFamily[] = {
    {"Al-Rashid"}, {"Abdullah"}, {"El-Amin"}, {"Haddad"}, {"Saleh"}, {"Nasser"}, {"Farouk"}, {"Al-Masri"},
};

constexpr GivenName kJapaneseGiven[] = {
    {"太郎", false, "Taro"}, {"花子", true, "Hanako"},   {"一郎", false, "Ichiro"}, {"美咲", true, "Misaki"},
    {"健", false, "Ken"},    {"さくら", true, "Sakura"}, {"翔太", false, "Shota"},  {"陽菜", true, "Hina"},
};
constexpr FamilyName kJapaneseFamily[] = {
    {"山田", nullptr, "Yamada"},    {"佐藤", nullptr, "Sato"},     {"鈴木", nullptr, "Suzuki"},
    {"高橋", nullptr, "Takahashi"}, {"田中", nullptr, "Tanaka"},   {"渡辺", nullptr, "Watanabe"},
    {"伊藤", nullptr, "Ito"},       {"中村", nullptr, "Nakamura"},
};

constexpr GivenName kChineseGiven[] = {
    {"伟", false, "Wei"}, {"芳", true, "Fang"},        {"娜", true, "Na"},      {"敏", true, "Min"},
    {"静", true, "Jing"}, {"晓明", false, "Xiaoming"}, {"丽华", true, "Lihua"}, {"建国", false, "Jianguo"},
};
constexpr FamilyName kChineseFamily[] = {
    {"王", nullptr, "Wang"}, {"李", nullptr, "Li"},   {"张", nullptr, "Zhang"}, {"刘", nullptr, "Liu"},
    {"陈", nullptr, "Chen"}, {"杨", nullptr, "Yang"}, {"黄", nullptr, "Huang"}, {"周", nullptr, "Zhou"},
};

constexpr GivenName kKoreanGiven[] = {
    {"민준", false, "Minjun"},
    {"서연", true, "Seoyeon"},
    {"지훈", false, "Jihoon"},
    {"하은", true, "Haeun"},
};
constexpr FamilyName kKoreanFamily[] = {
    {"김", nullptr, "Kim"},
    {"이", nullptr, "Lee"},
    {"박", nullptr, "Park"},
    {"최", nullptr, "Choi"},
};

constexpr GivenName kVietnameseGiven[] = {
    {"Thị Lan", true}, {"Văn Minh", false}, {"Thu Hà", true}, {"Đức Anh", false}, {"Ngọc Ánh", true},
};
constexpr FamilyName kVietnameseFamily[] = {{"Nguyễn"}, {"Trần"}, {"Phạm"}, {"Lê"}, {"Hoàng"}};

constexpr GivenName kWestAfricanGiven[] = {
    {"Chinedu", false}, {"Adaeze", true},  {"Oluwaseun", false}, {"Kwame", false}, {"Ama", true},
    {"Femi", false},    {"Yetunde", true}, {"Amara", true},      {"Kofi", false},  {"Ngozi", true},
};
constexpr FamilyName kWestAfricanFamily[] = {
    {"Okafor"}, {"Nwosu"}, {"Adeyemi"}, {"Mensah"}, {"Boateng"}, {"Okonkwo"}, {"Adebayo"}, {"Bello"}, {"Asante"},
};

constexpr GivenName kFrenchGiven[] = {
    {"Zoë", true},     {"Chloé", true},   {"François", false}, {"Hélène", true},    {"Benoît", false},
    {"Aurélie", true}, {"Jérôme", false}, {"Léa", true},       {"Grégoire", false}, {"Maëlle", true},
};
constexpr FamilyName kFrenchFamily[] = {
    {"Dubois"}, {"Lefèvre"}, {"Martin"}, {"Girard"}, {"Moreau"}, {"Fontaine"}, {"Rousseau"}, {"Lemaître"},
};

constexpr GivenName kGermanGiven[] = {
    {"Jürgen", false}, {"Anneliese", true}, {"Björn", false}, {"Käthe", true}, {"Lukas", false}, {"Jana", true},
};
constexpr FamilyName kGermanFamily[] = {
    {"Müller"}, {"Groß"}, {"Schäfer"}, {"Weiß"}, {"Köhler"}, {"Hoffmann"},
};

constexpr GivenName kIberianGiven[] = {
    {"José", false}, {"Inês", true}, {"María José", true}, {"João", false}, {"Begoña", true}, {"Íñigo", false},
};
constexpr FamilyName kIberianFamily[] = {
    {"García"}, {"Carvalho"}, {"Núñez"}, {"Gonçalves"}, {"Ibáñez"}, {"Muñoz"},
};

constexpr GivenName kNordicGiven[] = {
    {"Bjørn", false}, {"Åsa", true}, {"Søren", false}, {"Sigrún", true}, {"Ingrid", true},
};
constexpr FamilyName kNordicFamily[] = {{"Ødegård"}, {"Lindqvist"}, {"Østergaard"}, {"Håkansson"}, {"Jónsdóttir"}};

constexpr GivenName kTurkishGiven[] = {
    {"Ayşe", true}, {"Çağla", true}, {"Mehmet", false}, {"Emre", false}, {"Elif", true},
};
constexpr FamilyName kTurkishFamily[] = {{"Yılmaz"}, {"Öztürk"}, {"Şahin"}, {"Çelik"}, {"Doğan"}};

// Weights in per cent: a Portsmouth customer list is mostly British names, with the mix of a
// port city and a university.
const std::array kCultures{
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
constexpr std::size_t kFrench = 11;
constexpr std::size_t kGerman = 12;

// Always in the list, whatever the random draw: names that test scripts and folding.
struct FeaturedName
{
    const char* name;
    const char* roman; // null: `name` is Latin
};
constexpr FeaturedName kFeatured[] = {
    {"Zoë Ashworth", nullptr},    {"Łukasz Wiśniewski", nullptr},
    {"山田太郎", "Taro Yamada"},  {"محمد الأحمد", "Mohammed Al-Ahmad"},
    {"Siobhán O'Brien", nullptr}, {"José María Núñez", nullptr},
    {"Bjørn Ødegård", nullptr},   {"Nguyễn Thị Lan", nullptr},
    {"王伟", "Wei Wang"},
};

// Customers that are organisations: "<place> <kind>".
constexpr const char* kOrgPlaces[] = {"Southsea", "Fratton", "Copnor",   "Milton",         "Eastney", "Cosham",
                                      "Drayton",  "Hilsea",  "Stamshaw", "Old Portsmouth", "Baffins", "Farlington"};
constexpr const char* kOrgKinds[] = {
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

const std::array kPlaces{
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

constexpr const char* kUkStreets[] = {
    "High Street",      "Church Road",      "Station Road",       "Victoria Road North", "Albert Road",
    "Elm Grove",        "Highland Road",    "London Road",        "Kingston Road",       "Queen Street",
    "Mill Lane",        "The Crescent",     "Manor Way",          "Chichester Road",     "Havant Road",
    "Festing Road",     "Osborne Road",     "Marmion Road",       "Winchester Road",     "Castle Road",
    "St Andrew's Road", "Laburnum Grove",   "Beechwood Avenue",   "Orchard Close",       "Harbour Way",
    "Copnor Road",      "Locksway Road",    "Stubbington Avenue", "Tangier Road",        "Waverley Road",
    "Salisbury Road",   "Nelson Avenue",    "Drake Close",        "Anchor Lane",         "Lighthouse Court",
    "Park Lane",        "Grove Road South", "Fawcett Road",       "Francis Avenue",      "Winter Road",
};
constexpr const char* kUsStreets[] = {"Pleasant Street", "Market Street", "Islington Street", "Maple Avenue"};
constexpr const char* kFrenchStreets[] = {"rue de la République", "avenue de Paris", "quai Vendeuvre",
                                          "rue Saint-Pierre"};
constexpr const char* kGermanStreets[] = {"Gartenstraße", "Schönhauser Allee", "Torstraße", "Kastanienallee"};
constexpr const char* kAuStreets[] = {"George Street", "Pitt Street", "Macquarie Street"};

QString countryName(Country c)
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
constexpr const char* kEmailDomains[] = {"example.com", "example.com",  "example.org",
                                         "example.net", "mail.example", "inbox.example"};

// ---- what they buy ---------------------------------------------------------------------------------

struct Item
{
    const char* description;
    qint64 cents;
    int maxQuantity;
};

constexpr Item kCatalogue[] = {
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

constexpr const char* kOrderNotes[] = {
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
constexpr TestCard kTestCards[] = {
    {"4242424242424242", 25}, {"4000056655665556", 12}, {"4111111111111111", 10}, {"5555555555554444", 15},
    {"2223003122003222", 6},  {"5200828282828210", 8},  {"378282246310005", 6},   {"371449635398431", 4},
    {"6011111111111117", 4},  {"6011000990139424", 2},  {"3530111333300000", 5},  {"3566002020360505", 3},
};

// ---- the plan ----------------------------------------------------------------------------------

// Business hours are Monday to Saturday, 08:30-17:30 local time. Days are counted in business
// days back from the last one that has begun, so the plan does not depend on today's weekday.
class BusinessCalendar
{
public:
    static constexpr int kOpenMinutes = 9 * 60;

    BusinessCalendar(const QDateTime& now, int businessDays) : m_now(now.toUTC())
    {
        const QDateTime local = now.toLocalTime();
        const QTime opening(8, 30);
        QDate day = local.date();
        m_todayOpen = day.dayOfWeek() != Qt::Sunday && local.time() > opening.addSecs(600);
        m_secondsOpenToday = m_todayOpen ? std::min(opening.secsTo(local.time()) - 60, kOpenMinutes * 60) : 0;
        if (!m_todayOpen)
            day = day.addDays(-1);
        while (int(m_days.size()) <= businessDays) {
            if (day.dayOfWeek() != Qt::Sunday)
                m_days.push_back(day);
            day = day.addDays(-1);
        }
    }

    // `minute` 0..kOpenMinutes-1 after opening. Today's part-day is squeezed into the hours
    // already gone, so nothing lies in the future and the order of events is kept.
    QDateTime at(int businessDaysAgo, int minute) const
    {
        qint64 secs = qint64(minute) * 60;
        if (businessDaysAgo == 0 && m_todayOpen)
            secs = secs * m_secondsOpenToday / (kOpenMinutes * 60);
        return QDateTime(m_days.at(std::size_t(businessDaysAgo)), QTime(8, 30)).addSecs(secs).toUTC();
    }
    QDateTime now() const { return m_now; }

    // `t`, or the next opening time when the shop is closed then (a fax sent at night is
    // charged in the morning), a few minutes into the day so mornings do not all start at 08:30.
    static QDateTime duringHours(const QDateTime& t)
    {
        const QDateTime local = t.toLocalTime();
        const QTime opening(8, 30);
        const QTime closing = opening.addSecs(kOpenMinutes * 60);
        const int spread = (local.time().minute() * 60 + local.time().second()) % 3000;
        QDate day = local.date();
        if (day.dayOfWeek() != Qt::Sunday && local.time() >= opening && local.time() < closing)
            return t;
        if (day.dayOfWeek() != Qt::Sunday && local.time() >= closing)
            day = day.addDays(1);
        if (day.dayOfWeek() == Qt::Sunday)
            day = day.addDays(1);
        return QDateTime(day, opening).addSecs(spread).toUTC();
    }

private:
    QDateTime m_now;
    std::vector<QDate> m_days;
    bool m_todayOpen = false;
    qint64 m_secondsOpenToday = 0;
};

// A point of the plan: business days ago and minute of that day. Comparable without a date.
struct Slot
{
    int daysAgo = 0;
    int minute = 0;
    qint64 key() const { return -qint64(daysAgo) * BusinessCalendar::kOpenMinutes + minute; }
};

enum class Actor { Clerk, Manager };

struct PlannedCustomer
{
    Slot slot;
    CustomerDraft draft;
    QString holderName;
    int card = 0; // index into kTestCards
    CardExpiry expiry;
    Actor actor = Actor::Clerk;
};

struct PlannedStep
{
    OrderStatus to;
    qint64 afterSecs; // after the previous step
    QString note;
    Actor actor;
};

struct PlannedOrder
{
    Slot slot;
    int customer = 0;
    Channel channel = Channel::Phone;
    QList<OrderLine> lines;
    int taxRate = 2000;
    QString notes;
    bool withCard = false;
    Actor actor = Actor::Clerk;
    std::vector<PlannedStep> steps;
};

class Planner
{
public:
    explicit Planner(const DemoDataOptions& options)
        : m_options(options), m_rng(options.seed), m_businessDays(std::max(1, options.days * 6 / 7))
    {}

    int businessDays() const { return m_businessDays; }
    std::vector<PlannedCustomer> customers();
    std::vector<PlannedOrder> orders(const std::vector<PlannedCustomer>& customers);

private:
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    int between(int low, int high) { return low + below(high - low + 1); }
    double unit() { return m_rng.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    template <typename T>
    const T& any(std::span<const T> items)
    {
        return items[std::size_t(below(int(items.size())))];
    }
    template <typename T, std::size_t N>
    const T& any(const T (&items)[N])
    {
        return items[std::size_t(below(int(N)))];
    }
    template <typename Weighted>
    std::size_t weighted(std::span<const Weighted> items)
    {
        int total = 0;
        for (const Weighted& w : items)
            total += w.weight;
        int r = below(total);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (r < items[i].weight)
                return i;
            r -= items[i].weight;
        }
        return items.size() - 1;
    }

    PlannedCustomer person(const Culture* culture, const Place& place);
    QString phone(const Place& place);
    QString email(const QString& given, const QString& family);
    QList<OrderLine> lines();
    std::vector<PlannedStep> steps(const PlannedOrder& order);

    DemoDataOptions m_options;
    QRandomGenerator m_rng;
    int m_businessDays;
    QSet<QString> m_phones;
};

QString asciiWord(const QString& s)
{
    QString out;
    for (QChar c : storage::CustomerRepository::searchFold(s))
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            out += c;
    return out;
}

QString Planner::phone(const Place& place)
{
    int limit = 1;
    for (int i = 0; i < place.phoneDigits; ++i)
        limit *= 10;
    // Fictional ranges are small (1,000 numbers in most): keep numbers unique while there are some.
    for (int attempt = 0;; ++attempt) {
        const int n = below(place.phoneDigits == 2 ? 100 : limit);
        QString digits = QString::number(n).rightJustified(place.phoneDigits, QLatin1Char('0'));
        if (place.phoneDigits == 4 && place.country == Country::France)
            digits.insert(2, QLatin1Char(' '));
        const QString number = text(place.phone) + digits;
        if (!m_phones.contains(number) || attempt > 50) {
            m_phones.insert(number);
            return number;
        }
    }
}

QString Planner::email(const QString& given, const QString& family)
{
    const QString g = asciiWord(given);
    const QString f = asciiWord(family);
    const QString domain = text(any(kEmailDomains));
    if (g.isEmpty() || f.isEmpty())
        return {};
    switch (below(5)) {
    case 0:
        return g + QLatin1Char('.') + f + QLatin1Char('@') + domain;
    case 1:
        return g + f + QLatin1Char('@') + domain;
    case 2:
        return g.left(1) + f + QLatin1Char('@') + domain;
    case 3:
        return g + QLatin1Char('.') + f + QString::number(between(1, 99)) + QLatin1Char('@') + domain;
    default:
        return f + QLatin1Char('.') + g.left(1) + QLatin1Char('@') + domain;
    }
}

PlannedCustomer Planner::person(const Culture* culture, const Place& place)
{
    PlannedCustomer c;
    const GivenName& given = any(culture->given);
    const FamilyName& family = any(culture->family);
    const QString givenName = text(given.name);
    const QString familyName = text(given.female && family.female ? family.female : family.male);
    const QString romanGiven = given.roman ? text(given.roman) : givenName;
    const QString romanFamily = family.roman ? text(family.roman) : familyName;
    switch (culture->order) {
    case NameOrder::GivenFamily:
        c.draft.name = givenName + QLatin1Char(' ') + familyName;
        break;
    case NameOrder::FamilyGiven:
        c.draft.name = familyName + QLatin1Char(' ') + givenName;
        break;
    case NameOrder::FamilyGivenNoSpace:
        c.draft.name = familyName + givenName;
        break;
    }
    c.holderName = romanGiven + QLatin1Char(' ') + romanFamily;

    if (place.country == Country::UK) {
        const int house = between(1, 180);
        const QString street = text(any(kUkStreets));
        c.draft.street = chance(0.12) ? QStringLiteral("Flat %1, %2 %3").arg(between(1, 12)).arg(house).arg(street)
                                      : QStringLiteral("%1 %2").arg(house).arg(street);
        static constexpr char kInward[] = "ABDEFGHJLNPQRSTUWXYZ";
        const char a = kInward[below(20)];
        const char b = kInward[below(20)];
        int postcodes = 0;
        while (postcodes < 5 && place.postcodes[std::size_t(postcodes)])
            ++postcodes;
        const QString outward = text(place.postcodes[std::size_t(below(postcodes))]);
        const int sector = between(1, 9);
        c.draft.postalCode = outward + QLatin1Char(' ') + QString::number(sector) + QLatin1Char(a) + QLatin1Char(b);
    } else {
        int postcodes = 0;
        while (postcodes < 5 && place.postcodes[std::size_t(postcodes)])
            ++postcodes;
        c.draft.postalCode = text(place.postcodes[std::size_t(below(postcodes))]);
        const int house = between(2, 240);
        switch (place.country) {
        case Country::France:
            c.draft.street = QStringLiteral("%1 %2").arg(house).arg(text(any(kFrenchStreets)));
            break;
        case Country::Germany:
            c.draft.street = QStringLiteral("%1 %2").arg(text(any(kGermanStreets))).arg(between(1, 90));
            break;
        case Country::Australia:
            c.draft.street = QStringLiteral("%1 %2").arg(house).arg(text(any(kAuStreets)));
            break;
        default:
            c.draft.street = QStringLiteral("%1 %2").arg(house).arg(text(any(kUsStreets)));
        }
    }
    c.draft.city = text(place.city);
    c.draft.region = text(place.region);
    c.draft.country = countryName(place.country);
    c.draft.phone = phone(place);
    if (chance(0.78))
        c.draft.email = email(romanGiven, romanFamily);
    return c;
}

std::vector<PlannedCustomer> Planner::customers()
{
    std::vector<PlannedCustomer> out;
    const std::span<const Culture> cultures(kCultures);
    const std::span<const Place> places(kPlaces);
    const std::span<const TestCard> cards(kTestCards);
    for (int i = 0; i < m_options.customers; ++i) {
        const Place& place = kPlaces[weighted(places)];
        const Culture* culture = &kCultures[weighted(cultures)];
        if (place.country == Country::France)
            culture = &kCultures[kFrench];
        else if (place.country == Country::Germany)
            culture = &kCultures[kGerman];
        PlannedCustomer c = person(culture, place);
        if (i < int(std::size(kFeatured))) {
            c.draft.name = text(kFeatured[i].name);
            c.holderName = kFeatured[i].roman ? text(kFeatured[i].roman) : c.draft.name;
            if (!c.draft.email.isEmpty())
                c.draft.email =
                    email(c.holderName.section(QLatin1Char(' '), 0, 0), c.holderName.section(QLatin1Char(' '), -1, -1));
        } else if (place.country == Country::UK && chance(0.08)) {
            // An organisation; the person drawn above is the contact who pays.
            const QString where = text(any(kOrgPlaces));
            const QString kind = text(any(kOrgKinds));
            c.draft.name = where + QLatin1Char(' ') + kind;
            const QString slug = asciiWord(where) + QLatin1Char('-') + asciiWord(kind.section(QLatin1Char(' '), 0, 0));
            c.draft.email = QStringLiteral("office@") + slug + QStringLiteral(".example");
        }
        // A third were typed in when the shop started using Custos, the rest came over time.
        c.slot = i < m_options.customers * 3 / 10
                     ? Slot{m_businessDays + between(1, 4), below(BusinessCalendar::kOpenMinutes)}
                     : Slot{below(m_businessDays), below(BusinessCalendar::kOpenMinutes)};
        c.actor = chance(0.25) ? Actor::Manager : Actor::Clerk;
        c.card = int(weighted(cards));
        c.expiry = CardExpiry{between(1, 12), between(1, 4)}; // year: offset, made absolute later
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const PlannedCustomer& a, const PlannedCustomer& b) { return a.slot.key() < b.slot.key(); });
    return out;
}

QList<OrderLine> Planner::lines()
{
    static constexpr int kLineWeights[] = {30, 30, 20, 12, 8}; // 1..5 lines
    int r = below(100);
    int count = 1;
    for (int w : kLineWeights) {
        if (r < w)
            break;
        r -= w;
        ++count;
    }
    QList<OrderLine> out;
    QList<int> used;
    while (out.size() < count) {
        const int i = below(int(std::size(kCatalogue)));
        if (used.contains(i))
            continue;
        used << i;
        const Item& item = kCatalogue[i];
        // Mostly one or two; the odd bulk order.
        const int quantity = chance(0.55) ? 1 : chance(0.7) ? between(2, 3) : between(2, item.maxQuantity);
        out << OrderLine{text(item.description), quantity, Money::fromCents(item.cents)};
    }
    return out;
}

std::vector<PlannedStep> Planner::steps(const PlannedOrder& o)
{
    const bool walkIn = o.channel == Channel::WalkIn;
    const auto hours = [this](int low, int high) { return qint64(between(low * 60, high * 60)) * 60; };
    const qint64 chargeAfter = walkIn                        ? between(60, 240)
                               : o.channel == Channel::Phone ? between(3 * 60, 45 * 60)
                               : o.channel == Channel::Fax   ? hours(1, 6)
                                                             : hours(2, 30);
    const QString chargeNote = o.withCard                   ? QStringLiteral("Card authorised.")
                               : walkIn                     ? QStringLiteral("Paid at the counter.")
                               : o.channel == Channel::Mail ? QStringLiteral("Cheque cleared.")
                                                            : QStringLiteral("Paid by bank transfer.");
    const qint64 shipAfter = walkIn ? between(60, 300) : hours(18, 60);
    static constexpr const char* kShipNotes[] = {"Royal Mail Tracked 48.", "Royal Mail Tracked 48.",
                                                 "Local delivery van.", "Courier, next day.",
                                                 "Collected from the shop."};
    const QString shipNote = walkIn ? QStringLiteral("Handed over at the counter.") : text(any(kShipNotes));
    const qint64 closeAfter = walkIn ? hours(1, 5) : hours(3 * 24, 10 * 24);
    static constexpr const char* kCancelNotes[] = {"Customer changed their mind.", "Duplicate order.",
                                                   "Item out of stock; customer did not want to wait.",
                                                   "Card declined."};
    const QString cancelNote = text(any(kCancelNotes));

    const int age = o.slot.daysAgo;
    const double u = unit();
    const PlannedStep charge{OrderStatus::Charged, chargeAfter, chargeNote, o.actor};
    const PlannedStep ship{OrderStatus::Shipped, shipAfter, shipNote, Actor::Clerk};
    const PlannedStep close{OrderStatus::Closed, closeAfter, QString(), Actor::Manager};
    if (u < 0.025)
        return {{OrderStatus::Cancelled, hours(1, 30), cancelNote, Actor::Manager}};
    if (u < 0.045)
        return {charge,
                {OrderStatus::Cancelled, hours(2, 40), QStringLiteral("Refunded. ") + cancelNote, Actor::Manager}};
    const double v = unit();
    if (age >= 15)
        return v < 0.93 ? std::vector<PlannedStep>{charge, ship, close} : std::vector<PlannedStep>{charge, ship};
    if (age >= 6) {
        if (v < 0.65)
            return {charge, ship};
        return v < 0.85 ? std::vector<PlannedStep>{charge, ship, close} : std::vector<PlannedStep>{charge};
    }
    if (age >= 2) {
        if (v < 0.10)
            return {};
        return v < 0.55 ? std::vector<PlannedStep>{charge} : std::vector<PlannedStep>{charge, ship};
    }
    return v < 0.6 ? std::vector<PlannedStep>{} : std::vector<PlannedStep>{charge};
}

std::vector<PlannedOrder> Planner::orders(const std::vector<PlannedCustomer>& customers)
{
    struct ChannelWeight
    {
        Channel channel;
        int weight;
    };
    static constexpr ChannelWeight kChannels[] = {
        {Channel::Phone, 55}, {Channel::Mail, 20}, {Channel::Fax, 15}, {Channel::WalkIn, 10}};
    std::vector<PlannedOrder> out;
    std::vector<bool> hasOrder(customers.size(), false);
    for (int i = 0; i < m_options.orders; ++i) {
        PlannedOrder o;
        o.slot = Slot{below(m_businessDays), below(BusinessCalendar::kOpenMinutes)};
        o.channel = kChannels[weighted(std::span<const ChannelWeight>(kChannels))].channel;
        // Customers known at that time (the list is in creation order).
        const auto known =
            std::size_t(std::lower_bound(customers.begin(), customers.end(), o.slot.key(),
                                         [](const PlannedCustomer& c, qint64 key) { return c.slot.key() < key; }) -
                        customers.begin());
        const double u = unit();
        std::size_t pick = known == 0 ? 0 : std::min(known - 1, std::size_t(double(known) * u * u));
        if (chance(0.35)) {
            // A new caller: the newest customer who has not ordered yet.
            for (std::size_t c = known; c-- > 0;) {
                if (!hasOrder[c]) {
                    pick = c;
                    break;
                }
            }
        }
        if (known == 0)
            o.slot = Slot{customers.front().slot.daysAgo,
                          std::min(customers.front().slot.minute + 5, BusinessCalendar::kOpenMinutes - 1)};
        hasOrder[pick] = true;
        o.customer = int(pick);
        const PlannedCustomer& customer = customers[pick];
        o.lines = lines();
        o.taxRate = customer.draft.country == QStringLiteral("United Kingdom") ? 2000 : 0;
        if (o.taxRate == 0)
            o.notes = QStringLiteral("Export: zero-rated for VAT.");
        else if (chance(0.15))
            o.notes = text(any(kOrderNotes));
        switch (o.channel) {
        case Channel::Phone:
            o.withCard = chance(0.88);
            break;
        case Channel::Fax:
            o.withCard = chance(0.75);
            break;
        case Channel::Mail:
            o.withCard = chance(0.45); // the rest send a cheque
            if (!o.withCard && o.notes.isEmpty())
                o.notes = QStringLiteral("Cheque enclosed.");
            break;
        case Channel::WalkIn:
            o.withCard = false; // paid at the counter: nothing to keep
            break;
        }
        o.actor = o.channel != Channel::WalkIn && chance(0.2) ? Actor::Manager : Actor::Clerk;
        o.steps = steps(o);
        out.push_back(std::move(o));
    }
    return out;
}

// ---- replay --------------------------------------------------------------------------------------

struct Event
{
    QDateTime at;
    int order = -1; // -1: a customer
    int index = 0;  // customer index, or step index (-1: the order itself)
};

crypto::SecureBytes ascii(const char* s)
{
    return crypto::SecureBytes(s, std::strlen(s));
}

} // namespace

Result<DemoDataSummary> addDemoData(const QString& dir, const QDateTime& now, const DemoDataOptions& options)
{
    Planner planner(options);
    const std::vector<PlannedCustomer> customers = planner.customers();
    const std::vector<PlannedOrder> orders = planner.orders(customers);
    if (customers.empty())
        return DemoDataSummary{};
    const BusinessCalendar calendar(now, planner.businessDays() + 6);

    // Every event at its business time; steps follow their order, never later than a minute ago.
    std::vector<Event> events;
    for (std::size_t i = 0; i < customers.size(); ++i)
        events.push_back({calendar.at(customers[i].slot.daysAgo, customers[i].slot.minute), -1, int(i)});
    const QDateTime latest = calendar.now().addSecs(-60);
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const PlannedOrder& o = orders[i];
        QDateTime at = std::min(calendar.at(o.slot.daysAgo, o.slot.minute), latest);
        events.push_back({at, int(i), -1});
        qint64 planned = 0;
        for (const PlannedStep& s : o.steps)
            planned += s.afterSecs;
        const qint64 room = std::max<qint64>(0, at.secsTo(latest));
        // Squeeze the steps of recent orders into the time that has passed.
        const double scale = planned > room ? double(room) / double(planned) : 1.0;
        for (std::size_t s = 0; s < o.steps.size(); ++s) {
            QDateTime next = at.addSecs(std::max<qint64>(1, qint64(double(o.steps[s].afterSecs) * scale)));
            const QDateTime open = BusinessCalendar::duringHours(next);
            next = open <= latest ? open : std::min(next, latest);
            at = std::max(next, at.addSecs(1));
            events.push_back({at, int(i), int(s)});
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });

    ManualClock clock(events.front().at.addSecs(-15 * 60));
    auto vault = Vault::open(dir, clock);
    if (!vault)
        return vault.error();
    auto manager = vault.value()->signIn(QString::fromLatin1(kManager.username), ascii(kManager.password));
    if (!manager)
        return manager.error();
    clock.advanceSecs(120);
    auto clerk = vault.value()->signIn(QString::fromLatin1(kClerk.username), ascii(kClerk.password));
    if (!clerk)
        return clerk.error();
    clock.advanceSecs(60);
    // About 1,500 one-action transactions: with synchronous=FULL each waits for an fsync (~4 ms
    // here), most of the time budget. A demo vault that is half-written when the power fails is
    // simply made again, so these two connections commit without waiting (WAL, synchronous=NORMAL);
    // closing them checkpoints and syncs everything. Sessions opened later use FULL as always.
    for (Session* s : {manager.value().get(), clerk.value().get()})
        CUSTOS_TRY(s->database().exec(QStringLiteral("PRAGMA synchronous = NORMAL")));
    // Phone numbers below are typed as a UK clerk would: national form, +country code abroad.
    CUSTOS_TRY(CustomerService(*manager.value()).setDefaultRegion(QStringLiteral("GB")));

    const auto session = [&](Actor a) -> Session& { return a == Actor::Manager ? *manager.value() : *clerk.value(); };
    const int thisYear = now.toLocalTime().date().year();
    const int initialCustomers = int(std::count_if(customers.begin(), customers.end(), [&](const PlannedCustomer& c) {
        return c.slot.daysAgo > planner.businessDays();
    }));
    std::vector<qint64> customerIds(customers.size(), 0);
    std::vector<qint64> orderIds(orders.size(), 0);
    DemoDataSummary summary;
    for (const Event& e : events) {
        clock.set(std::max(e.at, clock.nowUtc()));
        if (e.order < 0 && e.index < initialCustomers) {
            // The shop's old card index, imported in one go by the manager on the first day.
            if (e.index > 0)
                continue;
            QList<CustomerDraft> drafts;
            for (int i = 0; i < initialCustomers; ++i)
                drafts << customers[std::size_t(i)].draft;
            auto ids = CustomerService(*manager.value()).createMany(drafts);
            if (!ids)
                return ids.error();
            for (int i = 0; i < initialCustomers; ++i)
                customerIds[std::size_t(i)] = ids->at(i);
            summary.customers += initialCustomers;
            continue;
        }
        if (e.order < 0) {
            const PlannedCustomer& c = customers[std::size_t(e.index)];
            auto id = CustomerService(session(c.actor)).create(c.draft);
            if (!id)
                return id.error();
            customerIds[std::size_t(e.index)] = id.value();
            ++summary.customers;
            continue;
        }
        const PlannedOrder& o = orders[std::size_t(e.order)];
        if (e.index >= 0) {
            const PlannedStep& step = o.steps[std::size_t(e.index)];
            CUSTOS_TRY(
                OrderService(session(step.actor)).changeStatus(orderIds[std::size_t(e.order)], step.to, step.note));
            ++summary.statusChanges;
            continue;
        }
        const PlannedCustomer& c = customers[std::size_t(o.customer)];
        OrderDraft draft;
        draft.customerId = customerIds[std::size_t(o.customer)];
        draft.channel = o.channel;
        draft.lines = o.lines;
        draft.taxRateBasisPoints = o.taxRate;
        draft.notes = o.notes;
        std::optional<CardEntry> card;
        if (o.withCard) {
            auto pan = CardNumber::parse(text(kTestCards[c.card].pan));
            if (!pan)
                return pan.error();
            const bool amex = pan->brand() == CardBrand::Amex;
            card = CardEntry{std::move(pan.value()), CardExpiry{c.expiry.month, thisYear + c.expiry.year}, c.holderName,
                             ascii(amex ? "1234" : "123")};
        }
        OrderService service(session(o.actor));
        auto number = service.create(draft, std::move(card));
        if (!number)
            return number.error();
        auto created = service.getByNumber(number.value());
        if (!created)
            return created.error();
        orderIds[std::size_t(e.order)] = created->id;
        ++summary.orders;
        if (o.withCard)
            ++summary.ordersWithCard;
    }

    // A few who never ordered have moved away: archived, not deleted. Seconds after the last event,
    // so nothing lies in the future.
    std::vector<bool> ordered(customers.size(), false);
    for (const PlannedOrder& o : orders)
        ordered[std::size_t(o.customer)] = true;
    int archived = 0;
    for (std::size_t i = 0; i < customers.size() && archived < 4; ++i) {
        if (ordered[i])
            continue;
        clock.advanceSecs(1);
        CUSTOS_TRY(CustomerService(*manager.value()).setArchived(customerIds[i], true));
        ++archived;
    }
    clock.advanceSecs(1);
    for (Session* s : {clerk.value().get(), manager.value().get()})
        CUSTOS_TRY(s->recordEvent(audit::kSignOut, s->employee().username, audit::kSuccess, QStringLiteral("manual")));
    return summary;
}

} // namespace custos::demo
