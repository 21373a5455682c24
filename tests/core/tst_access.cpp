// The access model: the permission matrix (role x permission x screening x grant), staff-change
// rules, audit scope, masking by role, and the background-check rules.
#include "access/Access.h"
#include "access/Disclosure.h"
#include "domain/Screening.h"

#include <QSet>
#include <QTest>

using namespace custos;
using namespace custos::access;

Q_DECLARE_METATYPE(custos::Role)
Q_DECLARE_METATYPE(custos::ScreeningStatus)
Q_DECLARE_METATYPE(custos::access::Permission)
Q_DECLARE_METATYPE(custos::ScreeningResult)
Q_DECLARE_METATYPE(std::optional<custos::Role>)

namespace {

const QList<Role> kRoles{Role::Clerk, Role::Manager, Role::Owner};
const QList<ScreeningStatus> kStatuses{ScreeningStatus::NotScreened, ScreeningStatus::Pending, ScreeningStatus::Cleared,
                                       ScreeningStatus::Failed, ScreeningStatus::Expired};

// The table, written out independently of Access.cpp: what each role may do at all.
bool expectedInRole(Role role, Permission p)
{
    static const QSet<Permission> clerk{Permission::ViewCustomers,   Permission::EditCustomers,
                                        Permission::ImportCustomers, Permission::TakeOrders,
                                        Permission::ExportOrders,    Permission::PrintOrderForms};
    static const QSet<Permission> managerExtra{
        Permission::SeeCardBin,   Permission::RevealCardNumber, Permission::ExportCustomerData,
        Permission::ManageStaff,  Permission::RecordScreening,  Permission::GrantDisclosure,
        Permission::ViewAuditLog, Permission::VerifyAuditLog,   Permission::ReviewAccess};
    switch (role) {
    case Role::Clerk:
        return clerk.contains(p);
    case Role::Manager:
        return clerk.contains(p) || managerExtra.contains(p);
    case Role::Owner:
        return true;
    }
    return false;
}

Actor actor(Role role, ScreeningStatus screening = ScreeningStatus::NotScreened, bool grant = false, bool active = true,
            qint64 id = 1)
{
    Actor a;
    a.employeeId = id;
    a.role = role;
    a.screening = screening;
    a.holdsCardDataGrant = grant;
    a.active = active;
    return a;
}

ScreeningCheck check(qint64 id, ScreeningType type, ScreeningResult result, QDate requested, QDate expires = {})
{
    ScreeningCheck c;
    c.id = id;
    c.employeeId = 7;
    c.type = type;
    c.provider = QStringLiteral("Acme Screening");
    c.requestedOn = requested;
    c.result = result;
    if (result != ScreeningResult::Pending)
        c.decidedOn = requested.addDays(5);
    c.expiresOn = expires;
    return c;
}

const QDate kToday(2026, 6, 15);

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void everyPermissionHasNames()
    {
        QCOMPARE(allPermissions().size(), 20);
        QSet<QString> names;
        for (Permission p : allPermissions()) {
            const QString storage = permissionToStorage(p);
            QVERIFY2(!storage.isEmpty() && storage != QStringLiteral("unknown"), qPrintable(storage));
            QVERIFY(!permissionDisplayName(p).isEmpty());
            names.insert(storage);
        }
        QCOMPARE(names.size(), allPermissions().size());
        QCOMPARE(permissionToStorage(Permission::RevealCardNumber), QStringLiteral("reveal_card_number"));
        QVERIFY(isScreeningGated(Permission::RevealCardNumber));
        QVERIFY(isScreeningGated(Permission::ExportCustomerData));
        QVERIFY(isScreeningGated(Permission::EraseCustomerData));
        QVERIFY(!isScreeningGated(Permission::ExportComplianceReports));
        QVERIFY(!isScreeningGated(Permission::GrantDisclosure));
        QVERIFY(!isScreeningGated(Permission::SeeCardBin));
    }

    void permissionMatrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<ScreeningStatus>("screening");
        QTest::addColumn<bool>("grant");
        QTest::addColumn<bool>("allowed");
        for (Role role : kRoles)
            for (Permission p : allPermissions())
                for (ScreeningStatus s : kStatuses)
                    for (bool grant : {false, true}) {
                        const bool allowed = expectedInRole(role, p) &&
                                             (!isScreeningGated(p) || (s == ScreeningStatus::Cleared && grant));
                        QTest::addRow("%s/%s/%s/%s", qPrintable(roleToStorage(role)),
                                      qPrintable(permissionToStorage(p)), qPrintable(screeningStatusToStorage(s)),
                                      grant ? "grant" : "no-grant")
                            << role << p << s << grant << allowed;
                    }
    }

    void permissionMatrix()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(ScreeningStatus, screening);
        QFETCH(bool, grant);
        QFETCH(bool, allowed);
        QCOMPARE(roleHas(role, permission), expectedInRole(role, permission));
        const Decision d = decide(actor(role, screening, grant), permission);
        QCOMPARE(d.allowed, allowed);
        QCOMPARE(bool(d), allowed);
        // A refusal always says why, for the person and for the audit log; a yes says nothing.
        QCOMPARE(d.reason.isEmpty(), allowed);
        QCOMPARE(d.cause.isEmpty(), allowed);
        // Inactive employees get nothing at all.
        const Decision inactive = decide(actor(role, screening, grant, false), permission);
        QVERIFY(!inactive.allowed);
        QVERIFY(inactive.reason.contains(QStringLiteral("deactivated")));
    }

    void refusalSaysWhatIsMissing_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<ScreeningStatus>("screening");
        QTest::addColumn<bool>("grant");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("cause");
        QTest::newRow("clerk") << Role::Clerk << ScreeningStatus::Cleared << true << QStringLiteral("Clerk")
                               << QStringLiteral("role clerk lacks reveal_card_number");
        QTest::newRow("not screened") << Role::Manager << ScreeningStatus::NotScreened << true
                                      << QStringLiteral("no background check") << QStringLiteral("not screened");
        QTest::newRow("pending") << Role::Manager << ScreeningStatus::Pending << true << QStringLiteral("pending")
                                 << QStringLiteral("screening pending");
        QTest::newRow("failed") << Role::Owner << ScreeningStatus::Failed << true << QStringLiteral("did not clear")
                                << QStringLiteral("screening failed");
        QTest::newRow("expired") << Role::Manager << ScreeningStatus::Expired << true << QStringLiteral("expired")
                                 << QStringLiteral("screening expired");
        QTest::newRow("no grant") << Role::Manager << ScreeningStatus::Cleared << false
                                  << QStringLiteral("disclosure grant") << QStringLiteral("no disclosure grant");
    }

    void refusalSaysWhatIsMissing()
    {
        QFETCH(Role, role);
        QFETCH(ScreeningStatus, screening);
        QFETCH(bool, grant);
        QFETCH(QString, says);
        QFETCH(QString, cause);
        const Decision d = decide(actor(role, screening, grant), Permission::RevealCardNumber);
        QVERIFY(!d);
        QVERIFY2(d.reason.contains(says), qPrintable(d.reason));
        QCOMPARE(d.cause, cause);
    }

    void staffChanges_data()
    {
        QTest::addColumn<Role>("actorRole");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<Role>("targetRole");
        QTest::addColumn<std::optional<Role>>("newRole");
        QTest::addColumn<bool>("allowed");
        const std::optional<Role> none;
        // Adding (target 0), deactivating or reactivating (no new role), changing a role.
        QTest::newRow("owner adds owner") << Role::Owner << qint64(0) << Role::Owner << none << true;
        QTest::newRow("owner adds manager") << Role::Owner << qint64(0) << Role::Manager << none << true;
        QTest::newRow("manager adds clerk") << Role::Manager << qint64(0) << Role::Clerk << none << true;
        QTest::newRow("manager adds manager") << Role::Manager << qint64(0) << Role::Manager << none << false;
        QTest::newRow("manager adds owner") << Role::Manager << qint64(0) << Role::Owner << none << false;
        QTest::newRow("clerk adds clerk") << Role::Clerk << qint64(0) << Role::Clerk << none << false;
        QTest::newRow("manager deactivates clerk") << Role::Manager << qint64(5) << Role::Clerk << none << true;
        QTest::newRow("manager deactivates manager") << Role::Manager << qint64(5) << Role::Manager << none << false;
        QTest::newRow("manager deactivates owner") << Role::Manager << qint64(5) << Role::Owner << none << false;
        QTest::newRow("owner deactivates manager") << Role::Owner << qint64(5) << Role::Manager << none << true;
        QTest::newRow("owner deactivates self") << Role::Owner << qint64(1) << Role::Owner << none << false;
        QTest::newRow("manager deactivates self") << Role::Manager << qint64(1) << Role::Manager << none << false;
        QTest::newRow("owner promotes clerk")
            << Role::Owner << qint64(5) << Role::Clerk << std::optional(Role::Manager) << true;
        QTest::newRow("owner demotes owner")
            << Role::Owner << qint64(5) << Role::Owner << std::optional(Role::Clerk) << true;
        QTest::newRow("owner changes own role")
            << Role::Owner << qint64(1) << Role::Owner << std::optional(Role::Manager) << false;
        QTest::newRow("manager promotes clerk")
            << Role::Manager << qint64(5) << Role::Clerk << std::optional(Role::Manager) << false;
        QTest::newRow("manager demotes clerk?")
            << Role::Manager << qint64(5) << Role::Clerk << std::optional(Role::Clerk) << false;
    }

    void staffChanges()
    {
        QFETCH(Role, actorRole);
        QFETCH(qint64, target);
        QFETCH(Role, targetRole);
        QFETCH(std::optional<Role>, newRole);
        QFETCH(bool, allowed);
        const Decision d = decideStaffChange(actor(actorRole), target, targetRole, newRole);
        QCOMPARE(d.allowed, allowed);
        QCOMPARE(d.reason.isEmpty(), allowed);
        // A deactivated owner can do nothing.
        QVERIFY(!decideStaffChange(actor(Role::Owner, ScreeningStatus::Cleared, true, false), 5, Role::Clerk));
    }

    void auditScope()
    {
        const Actor owner = actor(Role::Owner, ScreeningStatus::NotScreened, false, true, 1);
        const Actor manager = actor(Role::Manager, ScreeningStatus::NotScreened, false, true, 2);
        const Actor clerk = actor(Role::Clerk, ScreeningStatus::NotScreened, false, true, 3);
        for (Role r : kRoles)
            QVERIFY(canSeeEventsOf(owner, 9, r));
        QVERIFY(canSeeEventsOf(owner, std::nullopt, std::nullopt));
        QVERIFY(canSeeEventsOf(manager, 2, Role::Manager)); // their own
        QVERIFY(canSeeEventsOf(manager, 3, Role::Clerk));
        QVERIFY(!canSeeEventsOf(manager, 4, Role::Manager));
        QVERIFY(!canSeeEventsOf(manager, 1, Role::Owner));
        QVERIFY(!canSeeEventsOf(manager, std::nullopt, std::nullopt));
        QVERIFY(!canSeeEventsOf(clerk, 3, Role::Clerk));
        QVERIFY(!canSeeEventsOf(actor(Role::Owner, ScreeningStatus::Cleared, true, false), 9, Role::Clerk));
    }

    void maskingByRole()
    {
        QCOMPARE(cardMaskFor(Role::Clerk), CardMask::Last4);
        QCOMPARE(cardMaskFor(Role::Manager), CardMask::BinAndLast4);
        QCOMPARE(cardMaskFor(Role::Owner), CardMask::BinAndLast4);
        const QString clerkView =
            maskedCard(cardMaskFor(Role::Clerk), CardBrand::Visa, QStringLiteral("424242"), QStringLiteral("4242"), 16);
        QCOMPARE(clerkView, QStringLiteral("Visa •••• 4242"));
        QVERIFY(!clerkView.contains(QStringLiteral("424242")));
        const QString managerView = maskedCard(cardMaskFor(Role::Manager), CardBrand::Visa, QStringLiteral("424242"),
                                               QStringLiteral("4242"), 16);
        QCOMPARE(managerView, QStringLiteral("Visa 424242••••••4242"));
        // Amex, 15 digits: 5 hidden.
        QCOMPARE(
            maskedCard(CardMask::BinAndLast4, CardBrand::Amex, QStringLiteral("378282"), QStringLiteral("0005"), 15),
            QStringLiteral("American Express 378282•••••0005"));
    }

    void screeningDerivation_data()
    {
        QTest::addColumn<QList<ScreeningCheck>>("checks");
        QTest::addColumn<ScreeningStatus>("status");
        QTest::addColumn<QDate>("clearedUntil");
        using T = ScreeningType;
        using R = ScreeningResult;
        const QDate jan(2026, 1, 10);
        const QDate mar(2026, 3, 1);
        QTest::newRow("none") << QList<ScreeningCheck>{} << ScreeningStatus::NotScreened << QDate();
        QTest::newRow("one pending") << QList{check(1, T::Identity, R::Pending, jan)} << ScreeningStatus::Pending
                                     << QDate();
        QTest::newRow("one cleared") << QList{check(1, T::Identity, R::Cleared, jan, QDate(2027, 1, 1))}
                                     << ScreeningStatus::Cleared << QDate(2027, 1, 1);
        QTest::newRow("cleared, last day is today")
            << QList{check(1, T::Identity, R::Cleared, jan, kToday)} << ScreeningStatus::Cleared << kToday;
        QTest::newRow("cleared, lapsed yesterday")
            << QList{check(1, T::Identity, R::Cleared, jan, kToday.addDays(-1))} << ScreeningStatus::Expired << QDate();
        QTest::newRow("earliest expiry counts")
            << QList{check(1, T::Identity, R::Cleared, jan, QDate(2027, 5, 1)),
                     check(2, T::CriminalRecord, R::Cleared, jan, QDate(2026, 9, 30))}
            << ScreeningStatus::Cleared << QDate(2026, 9, 30);
        QTest::newRow("failed beats cleared")
            << QList{check(1, T::Identity, R::Cleared, jan, QDate(2027, 1, 1)), check(2, T::Credit, R::Failed, jan)}
            << ScreeningStatus::Failed << QDate();
        QTest::newRow("expired beats pending")
            << QList{check(1, T::Identity, R::Cleared, jan, QDate(2026, 2, 1)), check(2, T::Credit, R::Pending, jan)}
            << ScreeningStatus::Expired << QDate();
        QTest::newRow("pending beats cleared")
            << QList{check(1, T::Identity, R::Cleared, jan, QDate(2027, 1, 1)), check(2, T::Credit, R::Pending, jan)}
            << ScreeningStatus::Pending << QDate();
        QTest::newRow("newer check of a type replaces an old failure")
            << QList{check(1, T::CriminalRecord, R::Failed, jan),
                     check(2, T::CriminalRecord, R::Cleared, mar, QDate(2027, 3, 1))}
            << ScreeningStatus::Cleared << QDate(2027, 3, 1);
        QTest::newRow("newer failure replaces an old clearance")
            << QList{check(1, T::CriminalRecord, R::Cleared, jan, QDate(2027, 3, 1)),
                     check(2, T::CriminalRecord, R::Failed, mar)}
            << ScreeningStatus::Failed << QDate();
        QTest::newRow("renewal replaces an expired check")
            << QList{check(1, T::Identity, R::Cleared, QDate(2024, 1, 1), QDate(2025, 1, 1)),
                     check(2, T::Identity, R::Cleared, mar, QDate(2027, 3, 1))}
            << ScreeningStatus::Cleared << QDate(2027, 3, 1);
        QTest::newRow("pending renewal hides the old clearance")
            << QList{check(1, T::Identity, R::Cleared, jan, QDate(2027, 1, 1)), check(2, T::Identity, R::Pending, mar)}
            << ScreeningStatus::Pending << QDate();
        QTest::newRow("same request day: higher id wins")
            << QList{check(5, T::Identity, R::Cleared, mar, QDate(2027, 1, 1)), check(4, T::Identity, R::Failed, mar)}
            << ScreeningStatus::Cleared << QDate(2027, 1, 1);
        QTest::newRow("same request day: higher id wins, other order")
            << QList{check(4, T::Identity, R::Cleared, mar, QDate(2027, 1, 1)), check(5, T::Identity, R::Failed, mar)}
            << ScreeningStatus::Failed << QDate();
        QTest::newRow("cleared without expiry is not trusted")
            << QList{check(1, T::Identity, R::Cleared, jan)} << ScreeningStatus::Expired << QDate();
    }

    void screeningDerivation()
    {
        QFETCH(QList<ScreeningCheck>, checks);
        QFETCH(ScreeningStatus, status);
        QFETCH(QDate, clearedUntil);
        QCOMPARE(deriveScreeningStatus(checks, kToday), status);
        QCOMPARE(screeningClearedUntil(checks, kToday), clearedUntil);
    }

    void screeningNames()
    {
        for (ScreeningType t : {ScreeningType::Identity, ScreeningType::CriminalRecord, ScreeningType::Credit,
                                ScreeningType::References}) {
            QCOMPARE(screeningTypeFromStorage(screeningTypeToStorage(t)), std::optional(t));
            QVERIFY(!screeningTypeDisplayName(t).isEmpty());
        }
        for (ScreeningResult r : {ScreeningResult::Pending, ScreeningResult::Cleared, ScreeningResult::Failed}) {
            QCOMPARE(screeningResultFromStorage(screeningResultToStorage(r)), std::optional(r));
            QVERIFY(!screeningResultDisplayName(r).isEmpty());
        }
        for (ScreeningStatus s : kStatuses)
            QVERIFY(!screeningStatusDisplayName(s).isEmpty());
        QCOMPARE(screeningTypeToStorage(ScreeningType::CriminalRecord), QStringLiteral("criminal_record"));
        QVERIFY(!screeningTypeFromStorage(QStringLiteral("astrology")));
        QVERIFY(!screeningResultFromStorage(QStringLiteral("CLEARED")));
    }

    void validateCheck_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says"); // empty: valid
        QTest::newRow("valid cleared") << QString() << QString();
        QTest::newRow("valid pending") << QStringLiteral("pending") << QString();
        QTest::newRow("no provider") << QStringLiteral("provider") << QStringLiteral("provider");
        QTest::newRow("long provider") << QStringLiteral("longProvider") << QStringLiteral("provider");
        QTest::newRow("long reference") << QStringLiteral("longReference") << QStringLiteral("reference");
        QTest::newRow("long notes") << QStringLiteral("longNotes") << QStringLiteral("notes");
        QTest::newRow("no request date") << QStringLiteral("requested") << QStringLiteral("requested");
        QTest::newRow("request in future") << QStringLiteral("requestedFuture") << QStringLiteral("future");
        QTest::newRow("decided without date") << QStringLiteral("decided") << QStringLiteral("decided");
        QTest::newRow("decided before request") << QStringLiteral("decidedEarly") << QStringLiteral("before");
        QTest::newRow("decided in future") << QStringLiteral("decidedFuture") << QStringLiteral("future");
        QTest::newRow("cleared without expiry") << QStringLiteral("expiry") << QStringLiteral("expires");
        QTest::newRow("expiry not after decision") << QStringLiteral("expiryEarly") << QStringLiteral("after");
        QTest::newRow("failed needs no expiry") << QStringLiteral("failed") << QString();
    }

    void validateCheck()
    {
        QFETCH(QString, field);
        QFETCH(QString, says);
        ScreeningCheck c =
            check(1, ScreeningType::CriminalRecord, ScreeningResult::Cleared, QDate(2026, 5, 1), QDate(2027, 5, 1));
        c.reference = QStringLiteral("DBS-0042");
        if (field == QLatin1String("pending")) {
            c.result = ScreeningResult::Pending;
            c.decidedOn = QDate();
            c.expiresOn = QDate();
        } else if (field == QLatin1String("provider")) {
            c.provider = QStringLiteral("   ");
        } else if (field == QLatin1String("longProvider")) {
            c.provider = QString(201, QLatin1Char('x'));
        } else if (field == QLatin1String("longReference")) {
            c.reference = QString(201, QLatin1Char('x'));
        } else if (field == QLatin1String("longNotes")) {
            c.notes = QString(201, QLatin1Char('x'));
        } else if (field == QLatin1String("requested")) {
            c.requestedOn = QDate();
        } else if (field == QLatin1String("requestedFuture")) {
            c.requestedOn = kToday.addDays(1);
            c.decidedOn = kToday.addDays(2);
        } else if (field == QLatin1String("decided")) {
            c.decidedOn = QDate();
        } else if (field == QLatin1String("decidedEarly")) {
            c.decidedOn = c.requestedOn.addDays(-1);
        } else if (field == QLatin1String("decidedFuture")) {
            c.decidedOn = kToday.addDays(1);
        } else if (field == QLatin1String("expiry")) {
            c.expiresOn = QDate();
        } else if (field == QLatin1String("expiryEarly")) {
            c.expiresOn = c.decidedOn;
        } else if (field == QLatin1String("failed")) {
            c.result = ScreeningResult::Failed;
            c.expiresOn = QDate();
        }
        const QString problem = validateScreeningCheck(c, kToday);
        if (says.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(says, Qt::CaseInsensitive), qPrintable(problem));
    }

    void revealReasons_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fine") << QStringLiteral("Chargeback dispute for the customer") << true;
        QTest::newRow("short") << QStringLiteral("because") << false;
        QTest::newRow("spaces do not count") << QStringLiteral("   a   b   ") << false;
        QTest::newRow("date and short numbers") << QStringLiteral("Call on 2026-11-30 about order 2026-000124") << true;
        QTest::newRow("pasted PAN") << QStringLiteral("refund 4242424242424242") << false;
        QTest::newRow("PAN with spaces") << QStringLiteral("refund 4242 4242 4242 4242") << false;
        QTest::newRow("PAN with dashes") << QStringLiteral("refund 4242-4242-4242-4242") << false;
        QTest::newRow("eight digits") << QStringLiteral("reference 12345678") << false;
        QTest::newRow("seven digits") << QStringLiteral("reference 1234567") << true;
        QTest::newRow("too long") << QString(201, QLatin1Char('a')) << false;
    }

    void revealReasons()
    {
        QFETCH(QString, reason);
        QFETCH(bool, valid);
        QCOMPARE(Disclosure::validateReason(reason).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
