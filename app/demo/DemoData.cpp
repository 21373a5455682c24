// Sample customers and orders for the demo vault. Everything is planned first from one seeded
// random generator (so the plan does not depend on the date), then replayed in time order
// through the services with a clock set to each event's business time.
#include "demo/DemoData.h"

#include "core/Clock.h"
#include "demo/DemoCatalogue.h"
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

using namespace catalogue;

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
