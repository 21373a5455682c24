// Creates a bench vault and fills it fast with realistic rows: customers with their search index,
// orders with lines, status history, card rows whose numbers are sealed with the real
// crypto::sealTo, and the audit events the services would have written (hash chain included).
// Rows go in through prepared INSERTs, many thousand per transaction, on the session's own
// connection: the schema, keys and audit chain are those of a real vault.
//   bench_generate DIR [--customers 100000] [--orders 1000000] [--days 365] [--batch 10000]
//                      [--password PW] [--seal-recent N] [--no-audit] [--seed S]
// The owner is "owner"; the password (printed) is bench::defaultPassword() unless given.
#include "BenchCommon.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "domain/Customer.h"
#include "domain/PhoneNumber.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "storage/CustomerRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <cmath>
#include <map>
#include <queue>

using namespace custos;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString& what, const Error& error)
{
    out() << "bench_generate: " << what << ": " << error.message << Qt::endl;
    std::exit(1);
}

template <typename T>
T must(Result<T> r, const char* what)
{
    if (!r)
        die(QString::fromLatin1(what), r.error());
    return std::move(r.value());
}

void must(Result<void> r, const char* what)
{
    if (!r)
        die(QString::fromLatin1(what), r.error());
}

// ---- realistic values ------------------------------------------------------------------------
// Family names in rough order of frequency in England (Smith first), then names of the
// communities of a port city; picked with weight 1/(rank + 40), so "Smith" is ~1.7 %.
const char* const kFamily[] = {
    "Smith",      "Jones",    "Williams", "Taylor",   "Brown",     "Davies",    "Evans",    "Wilson",     "Thomas",
    "Johnson",    "Roberts",  "Robinson", "Thompson", "Wright",    "Walker",    "White",    "Edwards",    "Hughes",
    "Green",      "Hall",     "Lewis",    "Harris",   "Clarke",    "Patel",     "Jackson",  "Wood",       "Turner",
    "Martin",     "Cooper",   "Hill",     "Ward",     "Morris",    "Moore",     "Clark",    "Lee",        "King",
    "Baker",      "Harrison", "Morgan",   "Allen",    "James",     "Scott",     "Phillips", "Watson",     "Davis",
    "Parker",     "Price",    "Bennett",  "Young",    "Griffiths", "Mitchell",  "Kelly",    "Cook",       "Carter",
    "Richardson", "Bailey",   "Collins",  "Bell",     "Shaw",      "Murphy",    "Miller",   "Cox",        "Richards",
    "Khan",       "Marshall", "Anderson", "Simpson",  "Ellis",     "Adams",     "Singh",    "Begum",      "Wilkinson",
    "Foster",     "Chapman",  "Powell",   "Webb",     "Rogers",    "Gray",      "Mason",    "Ali",        "Hunt",
    "Hussain",    "Campbell", "Matthews", "Owen",     "Palmer",    "Holmes",    "Mills",    "Barnes",     "Knight",
    "Lloyd",      "Butler",   "Russell",  "Barker",   "Fisher",    "Stevens",   "Jenkins",  "Murray",     "Dixon",
    "Harvey",     "Smithson", "Smythe",   "O'Brien",  "McCarthy",  "Nowak",     "Kowalski", "Wiśniewska", "Woźniak",
    "Müller",     "Dubois",   "Lefèvre",  "García",   "Núñez",     "Ødegård",   "Yılmaz",   "Öztürk",     "Okafor",
    "Mensah",     "Nguyễn",   "Sharma",   "Gupta",    "Rahman",    "Al-Rashid", "Haddad",   "Chen",       "Wang",
};
const char* const kGiven[] = {
    "Oliver",  "Amelia",  "George", "Isla",     "Harry",  "Ava",    "Jack",     "Emily",      "Charlotte", "Thomas",
    "Sophie",  "James",   "Lucy",   "William",  "Hannah", "Daniel", "Grace",    "Samuel",     "Chloe",     "Joseph",
    "Sarah",   "David",   "Emma",   "Paul",     "Claire", "Andrew", "Helen",    "Peter",      "Margaret",  "Susan",
    "Graham",  "Gillian", "Keith",  "Pauline",  "Trevor", "Nigel",  "Alison",   "Gareth",     "Rhiannon",  "Callum",
    "Zoë",     "Renée",   "Noël",   "Siobhán",  "Seán",   "Róisín", "Łukasz",   "Małgorzata", "Paweł",     "Zofia",
    "Jürgen",  "Björn",   "Chloé",  "François", "Hélène", "José",   "Inês",     "Bjørn",      "Åsa",       "Ayşe",
    "Priya",   "Arjun",   "Sanjay", "Anjali",   "Imran",  "Ayesha", "Gurpreet", "Mohammed",   "Fatima",    "Omar",
    "Chinedu", "Adaeze",  "Kwame",  "Ama",      "Wei",    "Mei",    "Hiroshi",  "Yuki",       "Minh",      "Lan",
};
// Names in their own script (5 %): the index and sorting must cope with them too.
const char* const kNative[] = {"山田太郎",      "佐藤花子",  "鈴木一郎", "高橋美咲",   "王伟",
                               "李娜",          "张晓明",    "陈静",     "김민준",     "이서연",
                               "محمد الأحمد",   "فاطمة حسن", "عمر خليل", "ليلى منصور", "Γιώργος Παπαδόπουλος",
                               "Ольга Смирнова"};

struct Town
{
    const char* city;
    const char* region;
    const char* outward[4];
    int weight;
};
const Town kTowns[] = {
    {"Portsmouth", "Hampshire", {"PO1", "PO2", "PO3", "PO6"}, 30},
    {"Southsea", "Hampshire", {"PO4", "PO5", nullptr, nullptr}, 20},
    {"Havant", "Hampshire", {"PO9", nullptr, nullptr, nullptr}, 8},
    {"Waterlooville", "Hampshire", {"PO7", "PO8", nullptr, nullptr}, 8},
    {"Gosport", "Hampshire", {"PO12", "PO13", nullptr, nullptr}, 8},
    {"Fareham", "Hampshire", {"PO14", "PO15", "PO16", nullptr}, 8},
    {"Southampton", "Hampshire", {"SO14", "SO15", "SO16", "SO17"}, 8},
    {"Chichester", "West Sussex", {"PO19", "PO20", nullptr, nullptr}, 4},
    {"London", "", {"N16", "E8", "SE15", "SW11"}, 4},
    {"Bristol", "", {"BS7", nullptr, nullptr, nullptr}, 1},
    {"Leeds", "West Yorkshire", {"LS6", nullptr, nullptr, nullptr}, 1},
};
const char* const kStreets[] = {
    "High Street",   "Church Road",     "Station Road",     "Victoria Road North", "Albert Road",   "Elm Grove",
    "Highland Road", "London Road",     "Kingston Road",    "Queen Street",        "Mill Lane",     "The Crescent",
    "Manor Way",     "Chichester Road", "Havant Road",      "Festing Road",        "Osborne Road",  "Marmion Road",
    "Castle Road",   "Laburnum Grove",  "Beechwood Avenue", "Orchard Close",       "Harbour Way",   "Copnor Road",
    "Locksway Road", "Tangier Road",    "Waverley Road",    "Salisbury Road",      "Nelson Avenue", "Drake Close",
};
const char* const kDomains[] = {"example.com", "example.org", "example.net", "mail.example", "inbox.example"};

struct Item
{
    const char* description;
    qint64 cents;
};
const Item kItems[] = {
    {"A4 copier paper, 80 gsm, box of 5 reams", 2499},
    {"A4 copier paper, 80 gsm, ream", 549},
    {"Ballpoint pens, blue, box of 50", 899},
    {"Gel pens, assorted, pack of 12", 749},
    {"HB pencils, box of 12", 299},
    {"Highlighters, wallet of 6", 449},
    {"Whiteboard markers, pack of 4", 529},
    {"Spiral notebook, A5, 160 pages", 349},
    {"Hardback notebook, A4, ruled", 599},
    {"Sticky notes, 76 x 76 mm, 12 pads", 899},
    {"Lever arch files, A4, pack of 10", 1899},
    {"Ring binders, A4, pack of 10", 1299},
    {"Suspension files, box of 50", 2399},
    {"Punched pockets, A4, box of 100", 499},
    {"Envelopes, DL, white, box of 500", 1499},
    {"Envelopes, C4, manilla, box of 250", 2199},
    {"Padded envelopes, size D, pack of 100", 2799},
    {"Address labels, 100 sheets", 1799},
    {"Stapler, full strip, metal", 1299},
    {"Staples, 26/6, box of 5,000", 249},
    {"Hole punch, 2-hole", 1099},
    {"Paper clips, box of 1,000", 399},
    {"Parcel tape, brown, pack of 6", 899},
    {"Correction tape, pack of 10", 1199},
    {"Archive boxes, pack of 10", 2499},
    {"Laminating pouches, A4, box of 100", 1399},
    {"Calculator, desktop, 12-digit", 1499},
    {"Toner cartridge, black (compatible)", 6499},
    {"Ink cartridges, colour multipack", 3499},
    {"Till rolls, box of 20", 1299},
    {"Desk diary, A4, week to view", 1299},
    {"Bubble wrap, 500 mm x 10 m", 999},
    {"Cardboard boxes, pack of 25", 2299},
    {"Shredder, cross-cut, 8 sheets", 6999},
};
const char* const kPans[] = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
                             "5200828282828210", "378282246310005",  "6011111111111117", "3530111333300000"};

class Values
{
public:
    explicit Values(quint32 seed) : m_rng(seed)
    {
        double sum = 0;
        for (std::size_t i = 0; i < std::size(kFamily); ++i) {
            sum += 1.0 / double(i + 40);
            m_familyCdf.push_back(sum);
        }
        for (double& c : m_familyCdf)
            c /= sum;
        for (const Town& t : kTowns)
            m_townWeight += t.weight;
    }

    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    double unit() { return m_rng.generateDouble(); }
    QString any(const char* const* items, std::size_t n) { return QString::fromUtf8(items[below(int(n))]); }

    QString family()
    {
        const double u = unit();
        const auto it = std::lower_bound(m_familyCdf.begin(), m_familyCdf.end(), u);
        return QString::fromUtf8(kFamily[std::min<std::size_t>(std::size(kFamily) - 1, it - m_familyCdf.begin())]);
    }

    Customer customer()
    {
        Customer c;
        const QString given = any(kGiven, std::size(kGiven));
        const QString family = this->family();
        c.name = unit() < 0.05 ? any(kNative, std::size(kNative)) : given + QLatin1Char(' ') + family;
        int r = below(m_townWeight);
        const Town* town = &kTowns[0];
        for (const Town& t : kTowns) {
            if (r < t.weight) {
                town = &t;
                break;
            }
            r -= t.weight;
        }
        int outwards = 0;
        while (outwards < 4 && town->outward[outwards])
            ++outwards;
        static constexpr char kInward[] = "ABDEFGHJLNPQRSTUWXYZ";
        const QString outward = QString::fromLatin1(town->outward[below(outwards)]);
        const int sector = 1 + below(9);
        const char a = kInward[below(20)];
        const char b = kInward[below(20)];
        c.postalCode = outward + QLatin1Char(' ') + QString::number(sector) + QLatin1Char(a) + QLatin1Char(b);
        const int house = 1 + below(200);
        c.street = QStringLiteral("%1 %2").arg(house).arg(any(kStreets, std::size(kStreets)));
        c.city = QString::fromUtf8(town->city);
        c.region = QString::fromUtf8(town->region);
        c.country = QStringLiteral("United Kingdom");
        c.phoneE164 = phone();
        if (unit() < 0.7) {
            QString local;
            for (QChar ch : storage::CustomerRepository::searchFold(given + QLatin1Char('.') + family))
                if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch == QLatin1Char('.'))
                    local += ch;
            if (local.size() > 2)
                c.email = local + QString::number(below(100)) + QLatin1Char('@') + any(kDomains, std::size(kDomains));
        }
        return c;
    }

    // Numbers of the kinds customers give: mobiles, Portsmouth landlines, other UK landlines; each
    // checked with libphonenumber exactly as the customer form does.
    QString phone()
    {
        for (;;) {
            const double u = unit();
            QString typed;
            if (u < 0.55)
                typed = QStringLiteral("07%1%2").arg(QLatin1Char("12345789"[below(8)])).arg(digits(8));
            else if (u < 0.9)
                typed = QStringLiteral("02392%1").arg(digits(6));
            else
                typed = QStringLiteral("01%1").arg(digits(9));
            auto e164 = normalizePhone(typed, QStringLiteral("GB"));
            if (e164)
                return e164.value();
        }
    }

    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QLatin1Char(char('0' + below(10)));
        return s;
    }

    QRandomGenerator& rng() { return m_rng; }

private:
    QRandomGenerator m_rng;
    std::vector<double> m_familyCdf;
    int m_townWeight = 0;
};

// ---- writing --------------------------------------------------------------------------------------

struct Chain
{
    qint64 seq = 0;
    QByteArray hash;
};

class Writer
{
public:
    Writer(storage::Database& db, bool audit) : m_db(db), m_audit(audit)
    {
        m_customer = prepare("INSERT INTO customers (name, name_key, street, city, region, postal_code, postal_key, "
                             "country, phone_e164, email, archived, created_at, created_by, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)");
        m_order = prepare("INSERT INTO orders (number, customer_id, channel, status, tax_rate_bp, subtotal_cents, "
                          "tax_cents, total_cents, notes, created_at, created_by, updated_at) "
                          "VALUES (?, ?, ?, ?, 2000, ?, ?, ?, '', ?, ?, ?)");
        m_line = prepare("INSERT INTO order_lines (order_id, position, description, quantity, unit_price_cents) "
                         "VALUES (?, ?, ?, ?, ?)");
        m_history = prepare("INSERT INTO order_status_history (order_id, from_status, to_status, at, by_employee, "
                            "note) VALUES (?, ?, ?, ?, ?, '')");
        m_card = prepare("INSERT INTO order_cards (order_id, brand, bin, last4, pan_length, expiry_month, expiry_year, "
                         "holder_name, vault_key_id, sealed_pan, purged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_purge = prepare("UPDATE order_cards SET sealed_pan = NULL, purged_at = ? WHERE order_id = ? AND "
                          "sealed_pan IS NOT NULL");
        m_event = prepare("INSERT INTO audit_events (seq, at, actor_id, actor_name, action, target, outcome, details, "
                          "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, 'success', ?, ?, ?)");
        auto head = must(m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")),
                         "read the audit head");
        if (must(head.step(), "read the audit head")) {
            m_chain.seq = head.int64(0);
            m_chain.hash = head.blob(1);
        } else {
            m_chain.hash = AuditLog::genesisHash();
        }
    }

    storage::Statement prepare(const char* sql) { return must(m_db.prepare(QString::fromLatin1(sql)), sql); }

    qint64 customer(const Customer& c, const QDateTime& at, qint64 by, const QString& byName)
    {
        const QString when = toStorageTime(at);
        m_customer.reset();
        m_customer.bind(1, c.name)
            .bind(2, customerNameKey(c.name))
            .bind(3, c.street)
            .bind(4, c.city)
            .bind(5, c.region)
            .bind(6, c.postalCode)
            .bind(7, postalCodeKey(c.postalCode))
            .bind(8, c.country)
            .bind(9, c.phoneE164)
            .bind(10, c.email.isEmpty() ? std::optional<QString>() : std::optional<QString>(c.email))
            .bind(11, when)
            .bind(12, by)
            .bind(13, when);
        must(m_customer.exec(), "insert a customer");
        const qint64 id = m_db.lastInsertRowId();
        Customer indexed = c;
        indexed.id = id;
        must(storage::CustomerRepository(m_db).writeIndex(indexed), "index a customer");
        event(at, by, byName, audit::kCustomerCreated, QStringLiteral("customer:%1").arg(id), QStringLiteral("import"));
        return id;
    }

    void event(const QDateTime& at, qint64 actor, const QString& actorName, const QString& action,
               const QString& target, const QString& details)
    {
        if (!m_audit)
            return;
        AuditEvent e;
        e.seq = ++m_chain.seq;
        e.at = fromStorageTime(toStorageTime(at));
        e.actorId = actor;
        e.actorName = actorName;
        e.action = action;
        e.target = target;
        e.outcome = audit::kSuccess;
        e.details = details;
        e.prevHash = m_chain.hash;
        e.hash = AuditLog::chainHash(e.prevHash, e);
        m_event.bind(1, e.seq)
            .bind(2, toStorageTime(e.at))
            .bind(3, actor)
            .bind(4, actorName)
            .bind(5, action)
            .bind(6, target)
            .bind(7, details)
            .bind(8, e.prevHash)
            .bind(9, e.hash);
        must(m_event.exec(), "append an audit event");
        m_chain.hash = e.hash;
        ++m_events;
    }

    storage::Database& m_db;
    bool m_audit;
    qint64 m_events = 0;
    Chain m_chain;
    storage::Statement m_customer, m_order, m_line, m_history, m_card, m_purge, m_event;
};

struct StaffMember
{
    qint64 id = 0;
    QString name;
};

// A status step still to be written (steps lie in the future of the order being created).
struct Pending
{
    QDateTime at;
    qint64 orderId;
    QString number;
    OrderStatus from;
    OrderStatus to;
    int actor; // index into the employees
    bool hasCard;
    bool operator>(const Pending& o) const { return at > o.at; }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        out() << "usage: bench_generate DIR [--customers N] [--orders M] [--days D] [--batch B] [--password PW] "
                 "[--seal-recent N] [--no-audit] [--seed S]"
              << Qt::endl;
        return 2;
    }
    const QString dir = args.at(1);
    const int customers = bench::option(args, QStringLiteral("--customers"), QStringLiteral("100000")).toInt();
    const int orders = bench::option(args, QStringLiteral("--orders"), QStringLiteral("1000000")).toInt();
    const int days = bench::option(args, QStringLiteral("--days"), QStringLiteral("365")).toInt();
    const int batch = std::max(1, bench::option(args, QStringLiteral("--batch"), QStringLiteral("10000")).toInt());
    const int sealRecent = bench::option(args, QStringLiteral("--seal-recent"), QStringLiteral("0")).toInt();
    const quint32 seed = bench::option(args, QStringLiteral("--seed"), QStringLiteral("42")).toUInt();
    const bool audit = !args.contains(QStringLiteral("--no-audit"));
    const QString passwordText = bench::option(args, QStringLiteral("--password"), bench::defaultPassword());
    const auto password = crypto::SecureBytes::fromUtf8(passwordText);

    QElapsedTimer total;
    total.start();
    BusinessProfile profile;
    profile.legalName = QStringLiteral("Bench Harbour Supplies (generated data)");
    profile.city = QStringLiteral("Portsmouth");
    profile.country = QStringLiteral("United Kingdom");
    profile.phone = QStringLiteral("+44 23 9200 0000");
    NewVaultAccount owner{QStringLiteral("owner"), QStringLiteral("Bench Owner"), password, Role::Owner, false};
    auto vault =
        must(Vault::create(dir, profile, owner, must(recovery::generateCode(), "recovery code")), "create the vault");
    auto session = must(vault->signIn(owner.username, password), "sign in");
    for (const auto& [user, full, role] :
         {std::tuple{"manager", "Bench Manager", Role::Manager}, std::tuple{"clerk", "Bench Clerk", Role::Clerk}}) {
        NewVaultAccount a{QString::fromLatin1(user), QString::fromLatin1(full), password, role, false};
        (void)must(vault->addEmployee(*session, a), "add an employee");
    }
    // Card numbers are kept a year after charging, so every order of the last year keeps its sealed number.
    must(OrderService(*session).setCardRetentionDays(365), "set card retention");
    must(CustomerService(*session).setDefaultRegion(QStringLiteral("GB")), "set the phone region");
    out() << "vault " << dir << "  owner: owner  password: " << passwordText << "  (generated data only)" << Qt::endl;

    storage::Database& db = session->database();
    // A bulk load: durability of a half-written bench vault does not matter; these settings end
    // with this connection (the benchmarks open the vault as Custos does: synchronous=FULL).
    must(db.exec(QStringLiteral("PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;")), "bulk settings");

    std::vector<StaffMember> staff;
    {
        auto st = must(db.prepare(QStringLiteral("SELECT id, username FROM employees ORDER BY id")), "employees");
        while (must(st.step(), "employees"))
            staff.push_back({st.int64(0), st.text(1)});
    }
    const auto cardKey = must(storage::KeyRepository(db).currentVaultKey(QStringLiteral("card_data")), "card key");
    if (!cardKey)
        die(QStringLiteral("card key"), Error{QStringLiteral("the vault has no card-data key")});

    Values values(seed);
    Writer writer(db, audit);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime start = now.addDays(-days);

    // ---- customers: 40 % before the first order, the rest over the period ---------------------
    QElapsedTimer phase;
    phase.start();
    std::vector<qint64> customerIds;
    std::vector<QDateTime> customerTimes;
    customerIds.reserve(std::size_t(customers));
    {
        const qint64 span = start.secsTo(now) + 60LL * 86400;
        const QDateTime first = start.addDays(-60);
        std::vector<qint64> offsets;
        for (int i = 0; i < customers; ++i)
            offsets.push_back(i < customers * 4 / 10 ? qint64(values.unit() * 60 * 86400)
                                                     : qint64(values.unit() * double(span)));
        std::sort(offsets.begin(), offsets.end());
        for (int i = 0; i < customers;) {
            auto tx = must(storage::Transaction::begin(db), "begin");
            for (int n = 0; n < batch && i < customers; ++n, ++i) {
                const QDateTime at = first.addSecs(offsets[std::size_t(i)]);
                const StaffMember& by = staff[std::size_t(1 + values.below(2))];
                customerIds.push_back(writer.customer(values.customer(), at, by.id, by.name));
                customerTimes.push_back(at);
            }
            must(tx.commit(), "commit customers");
        }
    }
    const double customerSecs = bench::msSince(phase) / 1000.0;
    out() << QStringLiteral("customers: %1 in %2 s (%3/s)")
                 .arg(customers)
                 .arg(customerSecs, 0, 'f', 1)
                 .arg(double(customers) / std::max(0.001, customerSecs), 0, 'f', 0)
          << Qt::endl;

    // ---- orders, in time order; status steps written when their time comes --------------------
    phase.restart();
    std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>> pending;
    std::map<int, qint64> sequences;
    qint64 lines = 0, cards = 0, sealed = 0, steps = 0;
    double sealMs = 0;
    const qint64 spanSecs = start.secsTo(now);
    const auto writeStep = [&](const Pending& p) {
        const StaffMember& by = staff[std::size_t(p.actor)];
        writer.m_history.bind(1, p.orderId)
            .bind(2, orderStatusToStorage(p.from))
            .bind(3, orderStatusToStorage(p.to))
            .bind(4, toStorageTime(p.at))
            .bind(5, by.id);
        must(writer.m_history.exec(), "insert a status change");
        const QString target = QStringLiteral("order:") + p.number;
        writer.event(p.at, by.id, by.name, audit::kOrderStatusChanged, target,
                     orderStatusToStorage(p.from) + QStringLiteral(" -> ") + orderStatusToStorage(p.to));
        if (p.to == OrderStatus::Cancelled && p.hasCard) {
            writer.m_purge.bind(1, toStorageTime(p.at)).bind(2, p.orderId);
            must(writer.m_purge.exec(), "purge a card");
            if (db.changes() > 0)
                writer.event(p.at, by.id, by.name, audit::kOrderCardPurged, target, QStringLiteral("cancelled"));
        }
        ++steps;
    };

    for (int i = 0; i < orders;) {
        auto tx = must(storage::Transaction::begin(db), "begin");
        for (int n = 0; n < batch && i < orders; ++n, ++i) {
            const QDateTime at = start.addSecs(qint64((double(i) + values.unit()) * double(spanSecs) / orders));
            while (!pending.empty() && pending.top().at <= at) {
                writeStep(pending.top());
                pending.pop();
            }
            const auto known =
                std::size_t(std::upper_bound(customerTimes.begin(), customerTimes.end(), at) - customerTimes.begin());
            const double u = values.unit();
            const qint64 customerId =
                customerIds[std::min(known == 0 ? 0 : known - 1, std::size_t(double(known) * std::pow(u, 1.5)))];
            const double c = values.unit();
            const Channel channel = c < 0.55   ? Channel::Phone
                                    : c < 0.75 ? Channel::Mail
                                    : c < 0.90 ? Channel::Fax
                                               : Channel::WalkIn;
            const int lineCount = 1 + values.below(3);
            struct Line
            {
                const Item* item;
                int quantity;
            };
            std::vector<Line> orderLines;
            qint64 subtotal = 0;
            for (int l = 0; l < lineCount; ++l) {
                const Item& item = kItems[values.below(int(std::size(kItems)))];
                const int quantity = values.unit() < 0.6 ? 1 : 2 + values.below(5);
                orderLines.push_back({&item, quantity});
                subtotal += item.cents * quantity;
            }
            const qint64 tax = Money::fromCents(subtotal).taxAt(2000).cents();
            const int year = at.toLocalTime().date().year();
            const QString number = formatOrderNumber(year, ++sequences[year]);

            // The status it has today, by age; the steps that led there.
            const double age = double(at.secsTo(now)) / 86400.0;
            const double s = values.unit();
            std::vector<std::pair<OrderStatus, qint64>> path; // status, seconds after the previous step
            const qint64 chargeAfter = 300 + values.below(3600);
            const qint64 shipAfter = 86400 + values.below(2 * 86400);
            const qint64 closeAfter = 5 * 86400 + values.below(5 * 86400);
            if (s < 0.04) {
                path = {{OrderStatus::Cancelled, 3600 + values.below(86400)}};
            } else if (age >= 14) {
                path = {{OrderStatus::Charged, chargeAfter}, {OrderStatus::Shipped, shipAfter}};
                if (s < 0.94)
                    path.push_back({OrderStatus::Closed, closeAfter});
            } else if (age >= 3) {
                path = {{OrderStatus::Charged, chargeAfter}};
                if (s < 0.8)
                    path.push_back({OrderStatus::Shipped, shipAfter});
                if (s < 0.2)
                    path.push_back({OrderStatus::Closed, std::min<qint64>(closeAfter, 2 * 86400)});
            } else if (s < 0.5) {
                path = {{OrderStatus::Charged, std::min<qint64>(chargeAfter, qint64(age * 86400 / 2))}};
            }
            const OrderStatus finalStatus = path.empty() ? OrderStatus::Received : path.back().first;
            const int creator = channel == Channel::WalkIn || values.unit() < 0.8 ? 2 : 1; // clerk, manager
            const StaffMember& by = staff[std::size_t(creator)];

            QDateTime updated = at;
            for (const auto& step : path)
                updated = std::min(now, updated.addSecs(step.second));
            writer.m_order.bind(1, number)
                .bind(2, customerId)
                .bind(3, channelToStorage(channel))
                .bind(4, orderStatusToStorage(finalStatus))
                .bind(5, subtotal)
                .bind(6, tax)
                .bind(7, subtotal + tax)
                .bind(8, toStorageTime(at))
                .bind(9, by.id)
                .bind(10, toStorageTime(updated));
            must(writer.m_order.exec(), "insert an order");
            const qint64 orderId = db.lastInsertRowId();
            for (int l = 0; l < lineCount; ++l) {
                writer.m_line.bind(1, orderId)
                    .bind(2, l + 1)
                    .bind(3, QString::fromUtf8(orderLines[std::size_t(l)].item->description))
                    .bind(4, orderLines[std::size_t(l)].quantity)
                    .bind(5, orderLines[std::size_t(l)].item->cents);
                must(writer.m_line.exec(), "insert a line");
                ++lines;
            }
            writer.m_history.bind(1, orderId).bindNull(2).bind(3, orderStatusToStorage(OrderStatus::Received));
            writer.m_history.bind(4, toStorageTime(at)).bind(5, by.id);
            must(writer.m_history.exec(), "insert the first status");

            const bool withCard = channel != Channel::WalkIn && values.unit() < 0.667; // ~60 % of all orders
            QString brand;
            if (withCard) {
                auto pan = must(CardNumber::parse(QString::fromLatin1(kPans[values.below(int(std::size(kPans)))])),
                                "card number");
                brand = cardBrandToStorage(pan.brand());
                const bool seal = sealRecent <= 0 || i >= orders - sealRecent;
                QByteArray sealedPan;
                if (seal) {
                    QElapsedTimer t;
                    t.start();
                    sealedPan = must(crypto::sealTo(cardKey->publicKey, pan.digits(),
                                                    OrderService::panAssociatedData(vault->vaultId(), orderId)),
                                     "seal a card number");
                    sealMs += bench::msSince(t);
                    ++sealed;
                }
                writer.m_card.bind(1, orderId)
                    .bind(2, brand)
                    .bind(3, pan.bin())
                    .bind(4, pan.last4())
                    .bind(5, pan.length())
                    .bind(6, 1 + values.below(12))
                    .bind(7, now.date().year() + 1 + values.below(4))
                    .bind(8, QStringLiteral("Card Holder"))
                    .bind(9, cardKey->id)
                    .bind(10, sealedPan) // null QByteArray binds NULL
                    .bind(11, seal ? std::optional<QString>() : std::optional<QString>(toStorageTime(at)));
                must(writer.m_card.exec(), "insert a card");
                ++cards;
            }
            QString details = QStringLiteral("channel: %1; lines: %2").arg(channelToStorage(channel)).arg(lineCount);
            if (withCard)
                details += QStringLiteral("; card: ") + brand;
            writer.event(at, by.id, by.name, audit::kOrderCreated, QStringLiteral("order:") + number, details);

            QDateTime stepAt = at;
            OrderStatus from = OrderStatus::Received;
            for (const auto& [to, after] : path) {
                stepAt = std::min(now, stepAt.addSecs(std::max<qint64>(1, after)));
                const int actor = to == OrderStatus::Closed || to == OrderStatus::Cancelled ? 1 : creator;
                pending.push({stepAt, orderId, number, from, to, actor, withCard});
                from = to;
            }
        }
        must(tx.commit(), "commit orders");
        if (i % 50000 < batch || i == orders) {
            const double secs = bench::msSince(phase) / 1000.0;
            out() << QStringLiteral("orders: %1/%2  %3 s  %4/s  ETA %5 s  (sealed %6 in %7 s)")
                         .arg(i)
                         .arg(orders)
                         .arg(secs, 0, 'f', 0)
                         .arg(double(i) / secs, 0, 'f', 0)
                         .arg(double(orders - i) / (double(i) / secs), 0, 'f', 0)
                         .arg(sealed)
                         .arg(sealMs / 1000.0, 0, 'f', 1)
                  << Qt::endl;
        }
    }
    {
        auto tx = must(storage::Transaction::begin(db), "begin");
        while (!pending.empty()) {
            writeStep(pending.top());
            pending.pop();
        }
        auto seqSt = writer.prepare("INSERT OR REPLACE INTO order_sequences (year, last_number) VALUES (?, ?)");
        for (const auto& [year, last] : sequences) {
            seqSt.bind(1, year).bind(2, last);
            must(seqSt.exec(), "order sequence");
        }
        must(tx.commit(), "commit the last steps");
    }
    const double orderSecs = bench::msSince(phase) / 1000.0;
    phase.restart();
    const qint64 events = writer.m_events;
    must(db.checkpoint(), "checkpoint");
    session.reset();
    vault.reset();
    const double closeSecs = bench::msSince(phase) / 1000.0;

    out() << Qt::endl
          << QStringLiteral("customers            %1 (+ search index rows)").arg(customers) << Qt::endl
          << QStringLiteral("orders               %1, %2 lines, %3 status changes").arg(orders).arg(lines).arg(steps)
          << Qt::endl
          << QStringLiteral("cards                %1, sealed with crypto::sealTo: %2 (%3 s, %4 us each)")
                 .arg(cards)
                 .arg(sealed)
                 .arg(sealMs / 1000.0, 0, 'f', 1)
                 .arg(sealed ? sealMs * 1000.0 / double(sealed) : 0.0, 0, 'f', 0)
          << Qt::endl
          << QStringLiteral("audit events         %1%2")
                 .arg(events)
                 .arg(audit ? QString() : QStringLiteral(" (--no-audit)"))
          << Qt::endl
          << QStringLiteral("time: customers %1 s, orders %2 s, checkpoint+close %3 s, total %4 s")
                 .arg(customerSecs, 0, 'f', 1)
                 .arg(orderSecs, 0, 'f', 1)
                 .arg(closeSecs, 0, 'f', 1)
                 .arg(bench::msSince(total) / 1000.0, 0, 'f', 1)
          << Qt::endl
          << QStringLiteral("vault file size      %1").arg(bench::mib(bench::vaultBytes(dir))) << Qt::endl;
    return 0;
}
