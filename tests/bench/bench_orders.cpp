// Measures, on a vault filled by bench_generate, what a clerk waits for: customer search per
// keystroke, opening the orders list, paging to its end, saving an order with a card; plus the
// same customer search as raw SQL in the sqlcipher command-line tool, for the ratio.
//   bench_orders DIR [--password PW] [--rounds 4] [--open-runs 30] [--save-runs 50]
//                    [--scroll-budget 900] [--cli-runs 20] [--no-cli] [--print-key] [--explain]
// Saving adds --save-runs orders to the vault. --print-key prints the vault's database key so the
// printed sqlcipher command can be run by hand: only ever on a bench vault.
#include "BenchCommon.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "storage/CustomerRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <limits>
#include <map>

using namespace custos;
using bench::msSince;
using bench::Stats;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString& what, const Error& error)
{
    out() << "bench_orders: " << what << ": " << error.message << Qt::endl;
    std::exit(1);
}

template <typename T>
T must(Result<T> r, const char* what)
{
    if (!r)
        die(QString::fromLatin1(what), r.error());
    return std::move(r.value());
}

QString ms(double v)
{
    return QStringLiteral("%1 ms").arg(v, 0, 'f', v < 10 ? 2 : 1);
}

QString line(const QString& what, const Stats& s)
{
    return QStringLiteral("%1 median %2  p95 %3  min %4  max %5  (n=%6)")
        .arg(what.leftJustified(46))
        .arg(ms(s.median), 10)
        .arg(ms(s.p95), 10)
        .arg(ms(s.min), 10)
        .arg(ms(s.max), 10)
        .arg(s.count);
}

// What a clerk types, one keystroke at a time: names, a first name and surname, phone numbers
// (mobile and Portsmouth), a postcode and the start of an e-mail address.
QStringList keystrokes()
{
    const QStringList words = {
        QStringLiteral("smith"),    QStringLiteral("jones"),  QStringLiteral("patel"),     QStringLiteral("martin"),
        QStringLiteral("zoe"),      QStringLiteral("lukasz"), QStringLiteral("sarah sm"),  QStringLiteral("07700 90"),
        QStringLiteral("023 9251"), QStringLiteral("po4 5a"), QStringLiteral("oliver.sm"),
    };
    QStringList typed;
    for (const QString& w : words)
        for (qsizetype n = 1; n <= w.size(); ++n)
            if (!w.at(n - 1).isSpace()) // typing the space itself changes nothing to search for
                typed << w.left(n);
    return typed;
}

// The SQL CustomerRepository::search runs for `text`, with its parameters written in.
QString searchSql(storage::Database& db, const QString& text, int limit)
{
    CustomerQuery q;
    q.text = text;
    q.limit = limit;
    q.phoneRegion = QStringLiteral("GB"); // the generator's region
    auto plan = must(storage::CustomerRepository(db).searchStatement(q), "search statement");
    if (!plan)
        return QStringLiteral("SELECT 1 WHERE 0;");
    QStringList values;
    // Match terms and phone prefixes are letters, digits, '*', '+', ':' and spaces: nothing to escape.
    for (const QString& e : std::as_const(plan->parameters))
        values << QLatin1Char('\'') + e + QLatin1Char('\'');
    values << QString::number(plan->limit) << QString::number(plan->offset);
    QString sql = plan->sql;
    for (const QString& v : std::as_const(values))
        sql.replace(sql.indexOf(QLatin1Char('?')), 1, v);
    return sql + QLatin1Char(';');
}

struct CliResult
{
    Stats wall;    // process start to exit
    Stats inQuery; // sqlcipher's own ".timer" figure for the SELECT
    int rows = -1;
};

CliResult runCli(const QString& sqlcipher, const QString& dbPath, const crypto::SecureBytes& key, const QString& sql,
                 int runs)
{
    CliResult r;
    std::vector<double> wall, inQuery;
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    for (int i = 0; i < runs; ++i) {
        const crypto::SecureBytes hex = key.toHex();
        QByteArray script =
            QByteArrayLiteral("PRAGMA key = \"x'") + QByteArray(hex.constChar(), int(hex.size())) +
            QByteArrayLiteral("'\";\nPRAGMA cipher_page_size = 4096;\nPRAGMA kdf_iter = 64000;\n") +
            QByteArrayLiteral(".output /dev/null\nSELECT count(*) FROM sqlite_master;\n.output stdout\n") +
            QByteArrayLiteral(".timer on\n.mode list\n") + sql.toUtf8() + QByteArrayLiteral("\n.timer off\n.quit\n");
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer t;
        t.start();
        p.start(sqlcipher, {dbPath});
        if (!p.waitForStarted(10000)) {
            crypto::wipe(script);
            return r;
        }
        p.write(script);
        crypto::wipe(script); // the key was in it
        p.closeWriteChannel();
        p.waitForFinished(120000);
        wall.push_back(msSince(t));
        const QString output = QString::fromUtf8(p.readAllStandardOutput());
        const auto m = timer.match(output);
        if (m.hasMatch())
            inQuery.push_back(m.captured(1).toDouble() * 1000.0);
        if (i == 0) {
            r.rows = 0;
            for (const QString& l : output.split(QLatin1Char('\n')))
                if (!l.isEmpty() && !l.startsWith(QStringLiteral("Run Time")))
                    ++r.rows;
            const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
            if (!err.isEmpty())
                out() << "sqlcipher said: " << err << Qt::endl;
        }
    }
    r.wall = bench::stats(wall);
    r.inQuery = bench::stats(inQuery);
    return r;
}

OrderFilter defaultOrderFilter()
{
    // As OrdersPage opens: the last 30 days up to today, every status and channel.
    OrderFilter f;
    const QDate today = QDate::currentDate();
    f.from = today.addDays(-30);
    f.to = today;
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        out() << "usage: bench_orders DIR [--password PW] [--rounds N] [--open-runs N] [--save-runs N] "
                 "[--scroll-budget SECONDS] [--cli-runs N] [--no-cli] [--print-key] [--explain]"
              << Qt::endl;
        return 2;
    }
    const QString dir = args.at(1);
    const auto password =
        crypto::SecureBytes::fromUtf8(bench::option(args, QStringLiteral("--password"), bench::defaultPassword()));
    const int rounds = bench::option(args, QStringLiteral("--rounds"), QStringLiteral("4")).toInt();
    const int openRuns = bench::option(args, QStringLiteral("--open-runs"), QStringLiteral("30")).toInt();
    const int saveRuns = bench::option(args, QStringLiteral("--save-runs"), QStringLiteral("50")).toInt();
    const double scrollBudgetMs =
        bench::option(args, QStringLiteral("--scroll-budget"), QStringLiteral("900")).toDouble() * 1000.0;
    const int cliRuns = bench::option(args, QStringLiteral("--cli-runs"), QStringLiteral("20")).toInt();
    const bool printKey = args.contains(QStringLiteral("--print-key"));
    const bool withCli = !args.contains(QStringLiteral("--no-cli"));

    QElapsedTimer t;
    t.start();
    auto vault = must(Vault::open(dir), "open the vault");
    auto session = must(vault->signIn(QStringLiteral("owner"), password), "sign in");
    const double signInMs = msSince(t);
    CustomerService customers(*session);
    OrderService orders(*session);
    if (args.contains(QStringLiteral("--explain"))) {
        // The query plans behind the figures, for the search as the repository runs it.
        for (const QString& text : {QStringLiteral("0"), QStringLiteral("s"), QStringLiteral("mar"),
                                    QStringLiteral("077"), QStringLiteral("smi"), QStringLiteral("smith"),
                                    QStringLiteral("sarah sm"), QStringLiteral("po4 5a"), QStringLiteral("zoe")}) {
            auto st = must(session->database().prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                                                       searchSql(session->database(), text, 200)),
                           "explain");
            std::vector<double> v;
            int found = 0;
            for (int i = 0; i < 7; ++i) {
                CustomerQuery q;
                q.text = text;
                q.limit = 200;
                QElapsedTimer k;
                k.start();
                found = int(must(customers.search(q), "search").size());
                v.push_back(msSince(k));
            }
            out() << "search \"" << text << "\": median " << ms(bench::stats(v).median) << ", " << found
                  << " on the first page" << Qt::endl;
            while (must(st.step(), "explain"))
                out() << "  " << st.text(3) << Qt::endl;
        }
        return 0;
    }
    const int customerCount = must(customers.count(CustomerQuery{}), "count customers");
    const int orderCount = must(orders.count(OrderFilter{}), "count orders");
    out() << QStringLiteral("vault %1: %2 customers, %3 orders, %4; sign-in %5")
                 .arg(dir)
                 .arg(customerCount)
                 .arg(orderCount)
                 .arg(bench::mib(bench::vaultBytes(dir)))
                 .arg(ms(signInMs))
          << Qt::endl;

    // ---- 1. customer search per keystroke (first page of 200, as the list shows) -------------
    const QStringList typed = keystrokes();
    std::vector<double> searchMs;
    std::map<QString, std::vector<double>> perText;
    std::map<QString, int> hits;
    for (int round = 0; round < rounds; ++round) {
        for (const QString& text : typed) {
            CustomerQuery q;
            q.text = text;
            q.limit = 200;
            QElapsedTimer k;
            k.start();
            auto page = must(customers.search(q), "search");
            searchMs.push_back(msSince(k));
            perText[text].push_back(searchMs.back());
            hits[text] = int(page.size());
        }
    }
    const Stats search = bench::stats(searchMs);
    std::vector<std::pair<double, QString>> slowest;
    for (const auto& [text, v] : perText)
        slowest.push_back({bench::stats(v).median, text});
    std::sort(slowest.rbegin(), slowest.rend());

    // ---- 2. opening the orders list: count + first page with the default filter --------------
    const OrderFilter recent = defaultOrderFilter();
    std::vector<double> openMs, openCountMs, openPageMs;
    int recentCount = 0;
    for (int i = 0; i < openRuns; ++i) {
        QElapsedTimer k;
        k.start();
        recentCount = must(orders.count(recent), "count orders");
        const double c = msSince(k);
        auto page = must(orders.list(recent, OrderSort::NewestFirst, OrderPage{200, 0, {}}), "list orders");
        openMs.push_back(msSince(k));
        openCountMs.push_back(c);
        openPageMs.push_back(msSince(k) - c);
        Q_UNUSED(page);
    }

    // ---- 3. saving one order with a card (seal, audit, commit under synchronous=FULL) ---------
    std::vector<double> saveMs;
    {
        CustomerQuery q;
        q.limit = 50;
        q.text = QStringLiteral("smith");
        const QList<Customer> some = must(customers.search(q), "customers to order for");
        for (int i = 0; i < saveRuns && !some.isEmpty(); ++i) {
            OrderDraft draft;
            draft.customerId = some.at(i % some.size()).id;
            draft.channel = Channel::Phone;
            draft.taxRateBasisPoints = 2000;
            draft.lines = {{QStringLiteral("A4 copier paper, 80 gsm, box of 5 reams"), 2, Money::fromCents(2499)},
                           {QStringLiteral("Ballpoint pens, blue, box of 50"), 1, Money::fromCents(899)}};
            CardEntry card{must(CardNumber::parse(QStringLiteral("4242 4242 4242 4242")), "card"),
                           CardExpiry{12, QDate::currentDate().year() + 2}, QStringLiteral("Bench Holder"),
                           crypto::SecureBytes("123", 3)};
            QElapsedTimer k;
            k.start();
            (void)must(orders.create(draft, std::move(card)), "save an order");
            saveMs.push_back(msSince(k));
        }
    }

    // ---- 4. paging to the end of every order, 200 at a time, by key as the list does ----------
    const int total = must(orders.count(OrderFilter{}), "count orders");
    std::vector<double> pageMs;
    QElapsedTimer scroll;
    scroll.start();
    int rowsRead = 0;
    OrderPage next{200, 0, {}};
    while (msSince(scroll) < scrollBudgetMs) {
        QElapsedTimer k;
        k.start();
        auto rows = must(orders.list(OrderFilter{}, OrderSort::NewestFirst, next), "page");
        pageMs.push_back(msSince(k));
        rowsRead += int(rows.size());
        if (rows.size() < next.limit)
            break;
        next.after = OrderCursor{rows.constLast().createdAt, rows.constLast().id};
    }
    const double scrollMs = msSince(scroll);
    const Stats page = bench::stats(pageMs);
    // For comparison, single pages by OFFSET at a few depths (what the list did before).
    std::vector<std::pair<int, double>> offsetSamples;
    for (int p : {0, 500, 1000, 2000}) {
        QElapsedTimer k;
        k.start();
        (void)must(orders.list(OrderFilter{}, OrderSort::NewestFirst, OrderPage{200, p * 200, {}}), "page");
        offsetSamples.push_back({p, msSince(k)});
    }

    // ---- 5. the same search as raw SQL in the sqlcipher tool ----------------------------------
    const QString cliPath = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    const QString dbPath = vault->databasePath();
    struct CliRow
    {
        QString text;
        double ourMedian;
        CliResult cli;
    };
    std::vector<CliRow> cliRows;
    if (withCli && !cliPath.isEmpty()) {
        for (const QString& text : {slowest.front().second, QStringLiteral("smith")}) {
            cliRows.push_back(
                {text, bench::stats(perText[text]).median,
                 runCli(cliPath, dbPath, session->masterKey(), searchSql(session->database(), text, 200), cliRuns)});
        }
    }

    // ---- report -----------------------------------------------------------------------------
    out() << Qt::endl << "== Customer search, per keystroke (CustomerService::search, limit 200) ==" << Qt::endl;
    out() << line(QStringLiteral("search"), search) << Qt::endl;
    out() << "slowest keystrokes (median ms, customers on the first page):" << Qt::endl;
    for (std::size_t i = 0; i < std::min<std::size_t>(8, slowest.size()); ++i)
        out() << QStringLiteral("  %1 %2  %3")
                     .arg(QLatin1Char('"') + slowest[i].second + QLatin1Char('"'), -14)
                     .arg(ms(slowest[i].first), 10)
                     .arg(hits[slowest[i].second])
              << Qt::endl;

    out() << Qt::endl
          << "== Orders list open (count + first 200, last 30 days: " << recentCount << " orders) ==" << Qt::endl;
    out() << line(QStringLiteral("count + first page"), bench::stats(openMs)) << Qt::endl;
    out() << line(QStringLiteral("  count only"), bench::stats(openCountMs)) << Qt::endl;
    out() << line(QStringLiteral("  first page only"), bench::stats(openPageMs)) << Qt::endl;

    out() << Qt::endl
          << "== Scrolling to the end: all " << total
          << " orders, 200 per page, by key (created_at, id) ==" << Qt::endl;
    out() << line(QStringLiteral("per page"), page) << Qt::endl;
    out() << QStringLiteral("%1 pages, %2 rows in %3 s%4")
                 .arg(pageMs.size())
                 .arg(rowsRead)
                 .arg(scrollMs / 1000.0, 0, 'f', 1)
                 .arg(rowsRead < total ? QStringLiteral(" (budget reached before the end)") : QString())
          << Qt::endl;
    out() << "for comparison, one page by LIMIT/OFFSET at page (page: ms):";
    for (const auto& [p, v] : offsetSamples)
        out() << QStringLiteral(" %1: %2").arg(p).arg(v, 0, 'f', 1);
    out() << Qt::endl;

    out() << Qt::endl << "== Saving one order with a card (OrderService::create, synchronous=FULL) ==" << Qt::endl;
    out() << line(QStringLiteral("save"), bench::stats(saveMs)) << Qt::endl;

    out() << Qt::endl << "== Raw SQL in the sqlcipher tool, same search ==" << Qt::endl;
    if (cliRows.empty())
        out() << (cliPath.isEmpty() ? "sqlcipher not found on PATH" : "skipped (--no-cli)") << Qt::endl;
    for (const CliRow& r : cliRows) {
        out() << QStringLiteral("\"%1\": Custos median %2; sqlcipher process median %3 (p95 %4), its own query "
                                "timer median %5; %6 rows")
                     .arg(r.text, ms(r.ourMedian), ms(r.cli.wall.median), ms(r.cli.wall.p95), ms(r.cli.inQuery.median))
                     .arg(r.cli.rows)
              << Qt::endl;
        out() << QStringLiteral("   ratio Custos search p95 (%1) / sqlcipher process median: %2;  Custos median "
                                "for this text / sqlcipher query timer median: %3")
                     .arg(ms(search.p95))
                     .arg(search.p95 / std::max(0.001, r.cli.wall.median), 0, 'f', 2)
                     .arg(r.ourMedian / std::max(0.001, r.cli.inQuery.median), 0, 'f', 2)
              << Qt::endl;
    }
    if (!cliRows.empty()) {
        QString keyText = QStringLiteral("<64 hex digits: run bench_orders with --print-key>");
        if (printKey) {
            out() << "WARNING: --print-key prints this vault's database key. Only ever do this with a bench vault."
                  << Qt::endl;
            const crypto::SecureBytes hex = session->masterKey().toHex();
            keyText = QString::fromLatin1(hex.constChar(), int(hex.size()));
        }
        out() << "The command (the key goes in on standard input, never as an argument):" << Qt::endl
              << "sqlcipher " << dbPath << " <<'SQL'" << Qt::endl
              << "PRAGMA key = \"x'" << keyText << "'\";" << Qt::endl
              << "PRAGMA cipher_page_size = 4096;" << Qt::endl
              << "PRAGMA kdf_iter = 64000;" << Qt::endl
              << ".timer on" << Qt::endl
              << searchSql(session->database(), cliRows.front().text, 200) << Qt::endl
              << "SQL" << Qt::endl;
        crypto::wipe(keyText);
    }

    out() << Qt::endl
          << QStringLiteral("vault file size after the run: %1").arg(bench::mib(bench::vaultBytes(dir))) << Qt::endl;
    return 0;
}
