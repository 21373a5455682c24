// Staff, background checks and disclosure on a real vault with real crypto: the staff
// lifecycle, screening, grants enforced by keys, reveals and their audit trail, expiry while
// signed in, deactivation and reactivation, dormant accounts and the access review.
#include "access/AccessReview.h"
#include "access/Disclosure.h"
#include "access/Staff.h"
#include "crypto/Crypto.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ScreeningRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/Keyring.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::access;
using crypto::SecureBytes;

namespace {

const QString kOwnerPassword = QStringLiteral("Lantern-Harbor-Pebble-93");
const QString kPan = QStringLiteral("4111111111111111");
const QString kReason = QStringLiteral("Chargeback dispute raised by the customer");

SecureBytes pw(const QString& s)
{
    return SecureBytes::fromUtf8(s);
}

struct AuditRow
{
    std::optional<qint64> actorId;
    QString action;
    QString target;
    QString outcome;
    QString details;
};

struct Fixture
{
    QTemporaryDir tmp;
    ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Session> owner;
    int passwordCounter = 0;

    QString dir() const { return tmp.path() + QStringLiteral("/vault"); }

    bool create()
    {
        BusinessProfile p;
        p.legalName = QStringLiteral("Quay Test Traders");
        p.phone = QStringLiteral("+44 20 7946 0000");
        NewVaultAccount o;
        o.username = QStringLiteral("olivia");
        o.fullName = QStringLiteral("Olivia Owner");
        o.password = pw(kOwnerPassword);
        o.role = Role::Owner;
        o.mustChangePassword = false;
        VaultCreateOptions options;
        options.kdf.n = 1u << 10; // fast slots for tests; the format is the same
        auto v = Vault::create(dir(), p, o, recovery::generateCode().value(), options, clock);
        if (!v) {
            qWarning("%s", qPrintable(v.errorMessage()));
            return false;
        }
        vault = std::move(v.value());
        owner = signIn(QStringLiteral("olivia"), kOwnerPassword);
        return owner != nullptr;
    }

    std::unique_ptr<Session> signIn(const QString& user, const QString& password)
    {
        auto s = vault->signIn(user, pw(password));
        if (!s) {
            qWarning("sign-in of %s: %s", qPrintable(user), qPrintable(s.errorMessage()));
            return nullptr;
        }
        return std::move(s.value());
    }

    // Adds an employee through the staff service and returns the one-time password.
    QString add(Session& by, const QString& username, Role role)
    {
        NewVaultAccount a;
        a.username = username;
        a.fullName = username.left(1).toUpper() + username.mid(1) + QStringLiteral(" Example");
        a.role = role;
        auto r = StaffService(*vault, by).add(a);
        if (!r) {
            qWarning("add %s: %s", qPrintable(username), qPrintable(r.errorMessage()));
            return {};
        }
        return r.value();
    }

    // Signs in with the one-time password and sets a real one; returns the session.
    std::unique_ptr<Session> firstSignIn(const QString& username, const QString& oneTime, QString* password = nullptr)
    {
        auto s = signIn(username, oneTime);
        if (!s)
            return nullptr;
        const QString next = QStringLiteral("Quartz-Meadow-Lantern-%1").arg(40 + ++passwordCounter);
        auto changed = vault->changePassword(*s, pw(oneTime), pw(next));
        if (!changed) {
            qWarning("password change: %s", qPrintable(changed.errorMessage()));
            return nullptr;
        }
        if (password)
            *password = next;
        return s;
    }

    qint64 idOf(const QString& username)
    {
        auto e = storage::EmployeeRepository(owner->database()).byUsername(username);
        return e.ok() && e->has_value() ? (*e)->id : 0;
    }

    ScreeningCheck cleared(qint64 employeeId, const QDate& expires, ScreeningType type = ScreeningType::CriminalRecord)
    {
        ScreeningCheck c;
        c.employeeId = employeeId;
        c.type = type;
        c.provider = QStringLiteral("Disclosure and Barring Service");
        c.reference = QStringLiteral("DBS-001");
        c.requestedOn = clock.nowUtc().date().addDays(-20);
        c.decidedOn = clock.nowUtc().date().addDays(-2);
        c.result = ScreeningResult::Cleared;
        c.expiresOn = expires;
        return c;
    }

    bool clear(qint64 employeeId, const QDate& expires)
    {
        auto r = StaffService(*vault, *owner).recordCheck(cleared(employeeId, expires));
        if (!r)
            qWarning("record check: %s", qPrintable(r.errorMessage()));
        return r.ok();
    }

    // An order with a card, taken by the owner; returns its id.
    qint64 orderWithCard()
    {
        CustomerDraft d;
        d.name = QStringLiteral("Zoë Smith");
        d.street = QStringLiteral("12 Quay Street");
        d.city = QStringLiteral("Portsmouth");
        d.postalCode = QStringLiteral("PO1 2AB");
        d.country = QStringLiteral("United Kingdom");
        d.phone = QStringLiteral("+44 20 7946 0018");
        auto customer = CustomerService(*owner).create(d);
        if (!customer) {
            qWarning("customer: %s", qPrintable(customer.errorMessage()));
            return 0;
        }
        OrderDraft o;
        o.customerId = customer.value();
        o.channel = Channel::Phone;
        o.lines = {OrderLine{QStringLiteral("Brass hinge"), 2, Money::fromCents(1250)}};
        o.taxRateBasisPoints = 2000;
        CardEntry c;
        c.pan = CardNumber::parse(kPan).value();
        c.expiry = {12, 2029};
        c.holderName = QStringLiteral("Zoe Smith");
        c.cvv = pw(QStringLiteral("123"));
        auto number = OrderService(*owner).create(o, std::move(c));
        if (!number) {
            qWarning("order: %s", qPrintable(number.errorMessage()));
            return 0;
        }
        auto order = OrderService(*owner).getByNumber(number.value());
        return order.ok() ? order->id : 0;
    }

    QList<AuditRow> audit(const QString& action = {})
    {
        auto st = owner->database().prepare(
            QStringLiteral("SELECT actor_id, action, target, outcome, details FROM audit_events "
                           "WHERE ?1 = '' OR action = ?1 ORDER BY seq"));
        QList<AuditRow> out;
        if (!st)
            return out;
        st->bind(1, action.isNull() ? QStringLiteral("") : action);
        while (st->step().value()) {
            AuditRow r;
            if (!st->isNull(0))
                r.actorId = st->int64(0);
            r.action = st->text(1);
            r.target = st->text(2);
            r.outcome = st->text(3);
            r.details = st->text(4);
            out << r;
        }
        return out;
    }

    std::optional<storage::KeyRepository::Grant> cardGrant(qint64 employeeId)
    {
        storage::KeyRepository keys(owner->database());
        const auto key = keys.currentVaultKey(QStringLiteral("card_data")).value().value();
        const QList<storage::KeyRepository::Grant> grants = keys.grantsFor(employeeId).value();
        for (const auto& g : grants)
            if (g.vaultKeyId == key.id)
                return g;
        return std::nullopt;
    }

    StaffMember member(qint64 id) { return StaffService(*vault, *owner).member(id).value(); }
};

QString revealed(const SecureBytes& pan)
{
    return QString::fromUtf8(pan.constChar(), static_cast<qsizetype>(pan.size()));
}

} // namespace

class TestStaff : public QObject
{
    Q_OBJECT

private slots:
    void addingStaffFollowsTheRoleRules()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString maryOtp = f.add(*f.owner, QStringLiteral("mary"), Role::Manager);
        QVERIFY(!maryOtp.isEmpty());
        const QString carlOtp = f.add(*f.owner, QStringLiteral("carl"), Role::Clerk);
        QVERIFY(!carlOtp.isEmpty());

        // The one-time password works once and must be changed.
        auto mary = f.signIn(QStringLiteral("mary"), maryOtp);
        QVERIFY(mary);
        QCOMPARE(mary->passwordChange(), Session::PasswordChange::FirstSignIn);

        // A manager adds clerks, never managers; the refusal is audited.
        QVERIFY(!f.add(*mary, QStringLiteral("cora"), Role::Clerk).isEmpty());
        NewVaultAccount boss{QStringLiteral("max"), QStringLiteral("Max Manager"), {}, Role::Manager, true};
        auto refused = StaffService(*f.vault, *mary).add(boss);
        QCOMPARE(refused.errorCode(), Errc::Denied);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("owner")), qPrintable(refused.errorMessage()));
        QVERIFY(f.idOf(QStringLiteral("max")) == 0);
        const auto created = f.audit(audit::kEmployeeCreated);
        QCOMPARE(created.last().outcome, audit::kDenied);
        QCOMPARE(created.last().target, QStringLiteral("max"));
        QCOMPARE(created.last().actorId, std::optional(mary->employee().id));

        // Clerks see no staff list and add nobody.
        auto carl = f.signIn(QStringLiteral("carl"), carlOtp);
        QVERIFY(carl);
        QCOMPARE(StaffService(*f.vault, *carl).list().errorCode(), Errc::Denied);
        QVERIFY(f.add(*carl, QStringLiteral("cleo"), Role::Clerk).isEmpty());

        // The list: everyone, active first, then by name.
        auto list = StaffService(*f.vault, *mary).list();
        QVERIFY2(list.ok(), qPrintable(list.errorMessage()));
        QStringList names;
        for (const auto& m : list.value())
            names << m.employee.username;
        QCOMPARE(names, (QStringList{QStringLiteral("carl"), QStringLiteral("cora"), QStringLiteral("mary"),
                                     QStringLiteral("olivia")}));
    }

    void roleChanges()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString maryOtp = f.add(*f.owner, QStringLiteral("mary"), Role::Manager);
        f.add(*f.owner, QStringLiteral("carl"), Role::Clerk);
        const qint64 carl = f.idOf(QStringLiteral("carl"));
        const qint64 olivia = f.owner->employee().id;
        auto mary = f.signIn(QStringLiteral("mary"), maryOtp);
        QVERIFY(mary);

        // Managers never change roles.
        auto byManager = StaffService(*f.vault, *mary).setRole(carl, Role::Manager);
        QCOMPARE(byManager.errorCode(), Errc::Denied);
        QCOMPARE(f.audit(audit::kEmployeeRoleChanged).last().outcome, audit::kDenied);
        QCOMPARE(f.member(carl).employee.role, Role::Clerk);

        // An owner does, audited with old and new role; never their own.
        StaffService staff(*f.vault, *f.owner);
        QVERIFY(staff.setRole(carl, Role::Manager).ok());
        QCOMPARE(f.member(carl).employee.role, Role::Manager);
        const auto changed = f.audit(audit::kEmployeeRoleChanged).last();
        QCOMPARE(changed.outcome, audit::kSuccess);
        QCOMPARE(changed.target, QStringLiteral("carl"));
        QCOMPARE(changed.details, QStringLiteral("clerk -> manager"));
        QCOMPARE(staff.setRole(olivia, Role::Manager).errorCode(), Errc::Denied);
        QCOMPARE(staff.setRole(carl, Role::Manager).errorCode(), Errc::Invalid);

        // A new owner gets custody of the vault keys; losing the role loses the signing key.
        QVERIFY(staff.setRole(carl, Role::Owner).ok());
        storage::KeyRepository keys(f.owner->database());
        QCOMPARE(keys.grantsFor(carl).value().size(), 2);
        QVERIFY(staff.setRole(carl, Role::Clerk).ok());
        QCOMPARE(keys.grantsFor(carl).value().size(), 0); // a clerk keeps nothing
        const auto removed = f.audit(audit::kDisclosureRemoved);
        QCOMPARE(removed.size(), 2);
        for (const auto& r : removed)
            QCOMPARE(r.target, QStringLiteral("carl"));
    }

    void backgroundChecksDeriveTheStatus()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString maryOtp = f.add(*f.owner, QStringLiteral("mary"), Role::Manager);
        const QString carlOtp = f.add(*f.owner, QStringLiteral("carl"), Role::Clerk);
        const qint64 mary = f.idOf(QStringLiteral("mary"));
        const qint64 carl = f.idOf(QStringLiteral("carl"));
        StaffService staff(*f.vault, *f.owner);
        QCOMPARE(f.member(mary).screening, ScreeningStatus::NotScreened);

        ScreeningCheck pending;
        pending.employeeId = mary;
        pending.type = ScreeningType::CriminalRecord;
        pending.provider = QStringLiteral("Acme Screening");
        pending.requestedOn = f.clock.nowUtc().date().addDays(-3);
        pending.notes = QStringLiteral("MARKER-notes-never-in-audit");
        auto id = staff.recordCheck(pending);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        QCOMPARE(f.member(mary).screening, ScreeningStatus::Pending);

        // The provider decides: the pending check is updated to cleared.
        ScreeningCheck decided = staff.checks(mary).value().first();
        QCOMPARE(decided.id, id.value());
        QCOMPARE(decided.notes, pending.notes);
        QCOMPARE(decided.recordedBy, std::optional(f.owner->employee().id));
        decided.result = ScreeningResult::Cleared;
        decided.decidedOn = f.clock.nowUtc().date();
        decided.expiresOn = f.clock.nowUtc().date().addDays(20);
        QVERIFY(staff.updateCheck(decided).ok());
        StaffMember m = f.member(mary);
        QCOMPARE(m.screening, ScreeningStatus::Cleared);
        QCOMPARE(m.clearedUntil, f.clock.nowUtc().date().addDays(20));
        QVERIFY(m.screeningExpiresSoon); // 20 days < 30-day reminder

        const auto recorded = f.audit(audit::kScreeningRecorded).last();
        QCOMPARE(recorded.target, QStringLiteral("mary"));
        QCOMPARE(recorded.details, QStringLiteral("type=criminal_record result=pending"));
        QCOMPARE(f.audit(audit::kScreeningUpdated).last().details,
                 QStringLiteral("type=criminal_record result=pending -> cleared"));
        for (const auto& e : f.audit())
            QVERIFY(!e.details.contains(QStringLiteral("MARKER")));

        // A later failed check of the same type makes the status Failed.
        ScreeningCheck failed = f.cleared(mary, {});
        failed.result = ScreeningResult::Failed;
        failed.requestedOn = f.clock.nowUtc().date();
        failed.decidedOn = f.clock.nowUtc().date();
        QVERIFY(staff.recordCheck(failed).ok());
        QCOMPARE(f.member(mary).screening, ScreeningStatus::Failed);

        // Bad input, the wrong people, one's own check.
        ScreeningCheck bad = f.cleared(carl, {});
        QCOMPARE(staff.recordCheck(bad).errorCode(), Errc::Invalid); // cleared without expiry
        ScreeningCheck ghost = f.cleared(9999, f.clock.nowUtc().date().addYears(1));
        QCOMPARE(staff.recordCheck(ghost).errorCode(), Errc::NotFound);
        auto carlSession = f.signIn(QStringLiteral("carl"), carlOtp);
        QCOMPARE(StaffService(*f.vault, *carlSession).recordCheck(f.cleared(mary, QDate(2027, 1, 1))).errorCode(),
                 Errc::Denied);
        QCOMPARE(StaffService(*f.vault, *carlSession).checks(mary).errorCode(), Errc::Denied);
        auto marySession = f.signIn(QStringLiteral("mary"), maryOtp);
        auto own = StaffService(*f.vault, *marySession).recordCheck(f.cleared(mary, QDate(2027, 1, 1)));
        QCOMPARE(own.errorCode(), Errc::Denied);
        QCOMPARE(f.audit(audit::kScreeningRecorded).last().outcome, audit::kDenied);
        QCOMPARE(f.member(mary).screening, ScreeningStatus::Failed);
    }

    void grantRevealAndRevokeAreEnforcedByKeys()
    {
        Fixture f;
        QVERIFY(f.create());
        const qint64 orderId = f.orderWithCard();
        QVERIFY(orderId > 0);
        QString maryPassword, miaPassword;
        const QString maryOtp = f.add(*f.owner, QStringLiteral("mary"), Role::Manager);
        const QString miaOtp = f.add(*f.owner, QStringLiteral("mia"), Role::Manager);
        const QString carlOtp = f.add(*f.owner, QStringLiteral("carl"), Role::Clerk);
        const qint64 mary = f.idOf(QStringLiteral("mary"));
        const qint64 mia = f.idOf(QStringLiteral("mia"));
        const qint64 carl = f.idOf(QStringLiteral("carl"));
        Disclosure ownerDisclosure(*f.owner);

        // An unscreened manager is refused, with the reason, and the refusal is audited.
        auto unscreened = ownerDisclosure.grant(mary, kReason, {});
        QCOMPARE(unscreened.errorCode(), Errc::Denied);
        QVERIFY2(unscreened.errorMessage().contains(QStringLiteral("not cleared")),
                 qPrintable(unscreened.errorMessage()));
        auto deniedGrant = f.audit(audit::kDisclosureGranted).last();
        QCOMPARE(deniedGrant.outcome, audit::kDenied);
        QCOMPARE(deniedGrant.target, QStringLiteral("mary"));
        QCOMPARE(deniedGrant.details, QStringLiteral("grantee screening not_screened"));
        QVERIFY(!f.cardGrant(mary));
        // A clerk can never receive one, cleared or not.
        QVERIFY(f.clear(carl, f.clock.nowUtc().date().addYears(1)));
        QCOMPARE(ownerDisclosure.grant(carl, kReason, {}).errorCode(), Errc::Denied);
        QCOMPARE(ownerDisclosure.grant(mary, QStringLiteral("why not"), {}).errorCode(), Errc::Invalid);

        // Cleared: the grant is given and bounded by the clearance.
        const QDate clearance = f.clock.nowUtc().date().addDays(200);
        QVERIFY(f.clear(mary, clearance));
        QVERIFY(f.clear(mia, clearance));
        auto given = ownerDisclosure.grant(mary, kReason, {});
        QVERIFY2(given.ok(), qPrintable(given.errorMessage()));
        const auto grant = f.cardGrant(mary);
        QVERIFY(grant);
        QCOMPARE(grant->grantedBy, std::optional(f.owner->employee().id));
        QCOMPARE(grant->expiresAt, QDateTime(clearance.addDays(1), QTime(0, 0), Qt::UTC));
        QCOMPARE(f.member(mary).grantExpiresAt, grant->expiresAt);
        QVERIFY(f.member(mary).holdsCardDataGrant);
        const auto givenEvent = f.audit(audit::kDisclosureGranted).last();
        QCOMPARE(givenEvent.outcome, audit::kSuccess);
        QVERIFY(givenEvent.details.contains(kReason));

        // The holder reveals, with a reason; the event names the order, never the digits.
        auto marySession = f.firstSignIn(QStringLiteral("mary"), maryOtp, &maryPassword);
        QVERIFY(marySession);
        auto pan = Disclosure(*marySession).revealPan(orderId, kReason);
        QVERIFY2(pan.ok(), qPrintable(pan.errorMessage()));
        QCOMPARE(revealed(pan.value()), kPan);
        QCOMPARE(Disclosure(*marySession).revealPan(orderId, QStringLiteral("look")).errorCode(), Errc::Invalid);
        QCOMPARE(Disclosure(*marySession).revealPan(orderId, QStringLiteral("copy of 4111 1111 1111 1111")).errorCode(),
                 Errc::Invalid);
        QVERIFY(Disclosure(*marySession).recordCopy(orderId).ok());
        const QString number = OrderService(*f.owner).get(orderId).value().number;
        const auto reveals = f.audit(audit::kCardRevealed);
        QCOMPARE(reveals.size(), 1);
        QCOMPARE(reveals.first().outcome, audit::kSuccess);
        QCOMPARE(reveals.first().target, QStringLiteral("order:") + number);
        QCOMPARE(reveals.first().details, QStringLiteral("reason: ") + kReason);
        QCOMPARE(reveals.first().actorId, std::optional(mary));
        QCOMPARE(f.audit(audit::kCardCopied).size(), 1);
        for (const auto& e : f.audit()) {
            const QString all = e.target + e.details;
            QVERIFY2(!all.contains(kPan) && !all.contains(kPan.mid(6, 6)), qPrintable(all));
        }

        // Clerks are refused and audited as denied; so is an unscreened owner despite custody.
        auto carlSession = f.signIn(QStringLiteral("carl"), carlOtp);
        auto byClerk = Disclosure(*carlSession).revealPan(orderId, kReason);
        QCOMPARE(byClerk.errorCode(), Errc::Denied);
        auto clerkEvent = f.audit(audit::kCardRevealed).last();
        QCOMPARE(clerkEvent.outcome, audit::kDenied);
        QCOMPARE(clerkEvent.actorId, std::optional(carl));
        QCOMPARE(clerkEvent.details, QStringLiteral("role clerk lacks reveal_card_number"));
        QCOMPARE(Disclosure(*carlSession).recordCopy(orderId).errorCode(), Errc::Denied);
        QCOMPARE(ownerDisclosure.revealPan(orderId, kReason).errorCode(), Errc::Denied);
        QCOMPARE(f.audit(audit::kCardRevealed).last().details, QStringLiteral("not screened"));

        // Only a holder gives grants: mia (cleared, no grant) cannot give one to herself or carl.
        auto miaSession = f.firstSignIn(QStringLiteral("mia"), miaOtp, &miaPassword);
        QVERIFY(miaSession);
        QCOMPARE(Disclosure(*miaSession).grant(mia, kReason, {}).errorCode(), Errc::Denied);
        auto noGrant = Disclosure(*miaSession).grant(mary, kReason, {});
        QCOMPARE(noGrant.errorCode(), Errc::Denied);
        QVERIFY(noGrant.errorMessage().contains(QStringLiteral("hold")));

        // A grant row copied to another employee does not open: not with her key, not at all.
        storage::KeyRepository keys(f.owner->database());
        storage::KeyRepository::Grant copied = grant.value();
        copied.employeeId = mia;
        QVERIFY(keys.putGrant(copied).ok());
        QCOMPARE(Disclosure(*miaSession).revealPan(orderId, kReason).errorCode(), Errc::Corrupt);
        QVERIFY(
            !crypto::openSealed(miaSession->identityPrivateKey(), copied.sealedPrivateKey,
                                storage::KeyRepository::grantAssociatedData(f.owner->vaultId(), mia, copied.vaultKeyId))
                 .ok());
        QVERIFY(!crypto::openSealed(
                     miaSession->identityPrivateKey(), copied.sealedPrivateKey,
                     storage::KeyRepository::grantAssociatedData(f.owner->vaultId(), mary, copied.vaultKeyId))
                     .ok());
        QVERIFY(keys.deleteGrant(mia, copied.vaultKeyId).value());

        // Revoked: the row is gone, the reveal refused, and mary's own keys open nothing.
        QCOMPARE(ownerDisclosure.revoke(f.owner->employee().id, kReason).errorCode(), Errc::Denied); // own
        QVERIFY(ownerDisclosure.revoke(mary, QStringLiteral("Moved to the warehouse team")).ok());
        QVERIFY(!f.cardGrant(mary));
        QCOMPARE(f.audit(audit::kDisclosureRevoked).last().details,
                 QStringLiteral("reason: Moved to the warehouse team"));
        QCOMPARE(ownerDisclosure.revoke(mary, QStringLiteral("Moved to the warehouse team")).errorCode(),
                 Errc::NotFound);
        auto afterRevoke = Disclosure(*marySession).revealPan(orderId, kReason);
        QCOMPARE(afterRevoke.errorCode(), Errc::Denied);
        QCOMPARE(f.audit(audit::kCardRevealed).last().details, QStringLiteral("no disclosure grant"));
        auto unsealed = marySession->unsealGrantedKey(QStringLiteral("card_data"));
        QVERIFY(unsealed.ok());
        QVERIFY(!unsealed->has_value());
        const auto sealedPan = storage::OrderRepository(f.owner->database()).sealedPan(orderId).value().value();
        QVERIFY(!crypto::openSealed(marySession->identityPrivateKey(), sealedPan.sealed,
                                    OrderService::panAssociatedData(f.owner->vaultId(), orderId))
                     .ok());
        // The old grant bytes were sealed to mary's key; without the row she has nothing to open.
        QVERIFY(keys.grantsFor(mary).value().isEmpty());

        // Owners' custody is neither revocable nor swept.
        QCOMPARE(Disclosure(*marySession).revoke(f.owner->employee().id, kReason).errorCode(), Errc::Denied);
        QCOMPARE(ownerDisclosure.sweep().value(), 0);
        QVERIFY(f.cardGrant(f.owner->employee().id));
    }

    void clearanceExpiringWhileSignedIn()
    {
        Fixture f;
        QVERIFY(f.create());
        const qint64 orderId = f.orderWithCard();
        const QString maryOtp = f.add(*f.owner, QStringLiteral("mary"), Role::Manager);
        const qint64 mary = f.idOf(QStringLiteral("mary"));
        QVERIFY(f.clear(mary, f.clock.nowUtc().date().addDays(10)));
        QVERIFY(Disclosure(*f.owner).grant(mary, kReason, f.clock.nowUtc().date().addDays(100)).ok());
        auto session = f.firstSignIn(QStringLiteral("mary"), maryOtp);
        QVERIFY(session);
        QVERIFY(Disclosure(*session).revealPan(orderId, kReason).ok());

        // Day 11: the check has lapsed while mary is still signed in.
        f.clock.advanceSecs(11LL * 86400);
        auto refused = Disclosure(*session).revealPan(orderId, kReason);
        QCOMPARE(refused.errorCode(), Errc::Denied);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("expired")), qPrintable(refused.errorMessage()));
        QCOMPARE(f.audit(audit::kCardRevealed).last().outcome, audit::kDenied);
        QCOMPARE(f.audit(audit::kCardRevealed).last().details, QStringLiteral("screening expired"));
        QCOMPARE(f.member(mary).screening, ScreeningStatus::Expired);

        // The timer's sweep removes the row.
        auto swept = Disclosure(*session).sweep();
        QVERIFY2(swept.ok(), qPrintable(swept.errorMessage()));
        QCOMPARE(swept.value(), 1);
        QVERIFY(!f.cardGrant(mary));
        const auto removed = f.audit(audit::kDisclosureRemoved).last();
        QCOMPARE(removed.target, QStringLiteral("mary"));
        QCOMPARE(removed.details, QStringLiteral("key: card_data; cause: screening expired"));
        QCOMPARE(Disclosure(*session).sweep().value(), 0);

        // A renewed check does not bring the grant back: it must be given again.
        QVERIFY(f.clear(mary, f.clock.nowUtc().date().addDays(300)));
        QCOMPARE(Disclosure(*session).revealPan(orderId, kReason).errorCode(), Errc::Denied);
    }

    void failedCheckAndSignInSweepRemoveGrants()
    {
        Fixture f;
        QVERIFY(f.create());
        f.add(*f.owner, QStringLiteral("mary"), Role::Manager);
        f.add(*f.owner, QStringLiteral("mia"), Role::Manager);
        const qint64 mary = f.idOf(QStringLiteral("mary"));
        const qint64 mia = f.idOf(QStringLiteral("mia"));
        const QDate year = f.clock.nowUtc().date().addYears(1);
        QVERIFY(f.clear(mary, year));
        QVERIFY(f.clear(mia, year));
        QVERIFY(Disclosure(*f.owner).grant(mary, kReason, {}).ok());
        QVERIFY(Disclosure(*f.owner).grant(mia, kReason, f.clock.nowUtc().date().addDays(5)).ok());

        // A failed check removes the grant in the same transaction.
        ScreeningCheck failed = f.cleared(mary, {}, ScreeningType::Credit);
        failed.result = ScreeningResult::Failed;
        QVERIFY(StaffService(*f.vault, *f.owner).recordCheck(failed).ok());
        QVERIFY(!f.cardGrant(mary));
        QCOMPARE(f.audit(audit::kDisclosureRemoved).last().details,
                 QStringLiteral("key: card_data; cause: screening failed"));

        // mia's grant ends on its own date; the next sign-in of anyone removes it.
        QVERIFY(f.cardGrant(mia));
        f.clock.advanceSecs(6LL * 86400);
        f.owner.reset();
        f.owner = f.signIn(QStringLiteral("olivia"), kOwnerPassword);
        QVERIFY(f.owner);
        QVERIFY(!f.cardGrant(mia));
        QCOMPARE(f.audit(audit::kDisclosureRemoved).last().details, QStringLiteral("key: card_data; cause: expired"));
    }

    void deactivationRemovesSlotAndGrants()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString maryOtp = f.add(*f.owner, QStringLiteral("mary"), Role::Manager);
        const QString carlOtp = f.add(*f.owner, QStringLiteral("carl"), Role::Clerk);
        const qint64 mary = f.idOf(QStringLiteral("mary"));
        const qint64 carl = f.idOf(QStringLiteral("carl"));
        QString maryPassword;
        auto marySession = f.firstSignIn(QStringLiteral("mary"), maryOtp, &maryPassword);
        QVERIFY(marySession);
        const QByteArray oldIdentity = marySession->employee().identityPublicKey;
        marySession.reset();
        QVERIFY(f.clear(mary, f.clock.nowUtc().date().addYears(1)));
        QVERIFY(Disclosure(*f.owner).grant(mary, kReason, {}).ok());

        StaffService staff(*f.vault, *f.owner);
        QCOMPARE(staff.deactivate(mary, QStringLiteral("  ")).errorCode(), Errc::Invalid);
        QCOMPARE(staff.deactivate(f.owner->employee().id, QStringLiteral("testing")).errorCode(), Errc::Denied);
        QVERIFY(staff.deactivate(mary, QStringLiteral("Left the company")).ok());
        QCOMPARE(staff.deactivate(mary, QStringLiteral("Left the company")).errorCode(), Errc::Invalid);

        // The slot is gone from keyring.json, the grant from the database, the row and history stay.
        auto keyring = Keyring::load(f.vault->keyringPath());
        QVERIFY(keyring.ok());
        QVERIFY(keyring->employeeSlot(QStringLiteral("mary")) == nullptr);
        QVERIFY(keyring->employeeSlot(QStringLiteral("carl")) != nullptr);
        QVERIFY(storage::KeyRepository(f.owner->database()).grantsFor(mary).value().isEmpty());
        StaffMember m = f.member(mary);
        QVERIFY(!m.employee.active);
        QVERIFY(m.employee.slotId.isEmpty());
        QCOMPARE(m.deactivatedAt, f.clock.nowUtc());
        QVERIFY(!m.holdsCardDataGrant);
        const auto event = f.audit(audit::kEmployeeDeactivated).last();
        QCOMPARE(event.target, QStringLiteral("mary"));
        QCOMPARE(event.details, QStringLiteral("reason: Left the company"));

        auto signIn = f.vault->signIn(QStringLiteral("mary"), pw(maryPassword));
        QCOMPARE(signIn.errorCode(), Errc::NotFound);
        QVERIFY2(signIn.errorMessage().contains(QStringLiteral("deactivated")), qPrintable(signIn.errorMessage()));
        // Her user name stays hers.
        NewVaultAccount again{QStringLiteral("mary"), QStringLiteral("Another Mary"), {}, Role::Clerk, true};
        auto taken = staff.add(again);
        QCOMPARE(taken.errorCode(), Errc::Invalid);
        QVERIFY(taken.errorMessage().contains(QStringLiteral("deactivated")));

        QVERIFY(!f.add(*f.owner, QStringLiteral("max"), Role::Manager).isEmpty());

        // Reactivation: a new slot and identity key, a working one-time password to change.
        auto otp = staff.reactivate(mary);
        QVERIFY2(otp.ok(), qPrintable(otp.errorMessage()));
        QVERIFY(!otp->isEmpty());
        QCOMPARE(staff.reactivate(mary).errorCode(), Errc::Invalid);
        QCOMPARE(f.audit(audit::kEmployeeReactivated).last().target, QStringLiteral("mary"));
        QCOMPARE(f.vault->signIn(QStringLiteral("mary"), pw(maryPassword)).errorCode(), Errc::WrongSecret);
        auto back = f.signIn(QStringLiteral("mary"), otp.value());
        QVERIFY(back);
        QCOMPARE(back->passwordChange(), Session::PasswordChange::FirstSignIn);
        QVERIFY(back->employee().identityPublicKey != oldIdentity);
        QCOMPARE(crypto::x25519PublicFromPrivate(back->identityPrivateKey()).value(),
                 back->employee().identityPublicKey);
        QVERIFY(f.vault->changePassword(*back, pw(otp.value()), pw(QStringLiteral("Violet-Canyon-Ember-58"))).ok());
        QCOMPARE(back->passwordChange(), Session::PasswordChange::NotRequired);
        QVERIFY(!f.cardGrant(mary)); // grants are not restored

        // A manager may deactivate a clerk but not another manager.
        QVERIFY(StaffService(*f.vault, *back).deactivate(carl, QStringLiteral("Seasonal contract ended")).ok());
        QCOMPARE(
            StaffService(*f.vault, *back).deactivate(f.idOf(QStringLiteral("max")), QStringLiteral("no")).errorCode(),
            Errc::Denied);
        QCOMPARE(f.audit(audit::kEmployeeDeactivated).last().outcome, audit::kDenied);
        QVERIFY(StaffService(*f.vault, *back).reactivate(carl).ok());
        QCOMPARE(f.vault->signIn(QStringLiteral("carl"), pw(carlOtp)).errorCode(), Errc::WrongSecret);
    }

    void leftoverSlotOfDeactivatedEmployeeIsRefused()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString carlOtp = f.add(*f.owner, QStringLiteral("carl"), Role::Clerk);
        const qint64 carl = f.idOf(QStringLiteral("carl"));
        const KeySlot slot = *Keyring::load(f.vault->keyringPath()).value().employeeSlot(QStringLiteral("carl"));
        QVERIFY(StaffService(*f.vault, *f.owner).deactivate(carl, QStringLiteral("Left the company")).ok());
        f.owner.reset();
        f.vault.reset();

        // As if the keyring had not been rewritten: the slot is back in keyring.json.
        Keyring keyring = Keyring::load(f.dir() + QStringLiteral("/keyring.json")).value();
        keyring.keySlots << slot;
        QVERIFY(keyring.save(f.dir() + QStringLiteral("/keyring.json")).ok());
        f.vault = std::move(Vault::open(f.dir(), f.clock).value());

        auto refused = f.vault->signIn(QStringLiteral("carl"), pw(carlOtp));
        QCOMPARE(refused.errorCode(), Errc::Denied);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("deactivated")), qPrintable(refused.errorMessage()));
        QVERIFY(Keyring::load(f.vault->keyringPath()).value().employeeSlot(QStringLiteral("carl")) == nullptr);
        f.owner = f.signIn(QStringLiteral("olivia"), kOwnerPassword);
        QVERIFY(f.owner);
        bool found = false;
        for (const auto& e : f.audit(audit::kSignIn))
            found = found || (e.target == QStringLiteral("carl") && e.outcome == audit::kDenied &&
                              e.details == QStringLiteral("account deactivated"));
        QVERIFY(found);
    }

    void dormantAccountsAreDeactivatedAtSignIn()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString carlOtp = f.add(*f.owner, QStringLiteral("carl"), Role::Clerk);
        const QString maryOtp = f.add(*f.owner, QStringLiteral("mary"), Role::Manager);
        const qint64 carl = f.idOf(QStringLiteral("carl"));
        const qint64 mary = f.idOf(QStringLiteral("mary"));
        QVERIFY(f.clear(mary, f.clock.nowUtc().date().addYears(2)));
        QVERIFY(Disclosure(*f.owner).grant(mary, kReason, {}).ok());
        f.owner.reset();

        // Day 40: carl works; mary never signs in.
        f.clock.advanceSecs(40LL * 86400);
        QString carlPassword;
        QVERIFY(f.firstSignIn(QStringLiteral("carl"), carlOtp, &carlPassword));
        // Day 80: flagged, not yet deactivated.
        f.clock.advanceSecs(40LL * 86400);
        f.owner = f.signIn(QStringLiteral("olivia"), kOwnerPassword);
        QVERIFY(f.owner);
        StaffMember m = f.member(mary);
        QVERIFY(m.employee.active);
        QVERIFY(m.dormant);
        QCOMPARE(m.daysSinceLastUse, 80);
        QVERIFY(!f.member(carl).dormant);
        f.owner.reset();

        // Day 91: carl signs in, mary is deactivated (and loses her grant), carl and olivia stay.
        f.clock.advanceSecs(11LL * 86400);
        auto carlSession = f.signIn(QStringLiteral("carl"), carlPassword);
        QVERIFY(carlSession);
        f.owner = f.signIn(QStringLiteral("olivia"), kOwnerPassword);
        QVERIFY(f.owner);
        QVERIFY(!f.member(mary).employee.active);
        QVERIFY(f.member(carl).employee.active);
        QVERIFY(f.member(f.owner->employee().id).employee.active);
        QVERIFY(!f.cardGrant(mary));
        const auto event = f.audit(audit::kEmployeeDeactivated).last();
        QCOMPARE(event.target, QStringLiteral("mary"));
        QCOMPARE(event.details, QStringLiteral("dormant: 91 days"));
        auto refused = f.vault->signIn(QStringLiteral("mary"), pw(maryOtp));
        QCOMPARE(refused.errorCode(), Errc::NotFound);
    }

    void dormantNeverTakesTheLastOwner()
    {
        Fixture f;
        QVERIFY(f.create());
        f.add(*f.owner, QStringLiteral("otto"), Role::Owner);
        const QString carlOtp = f.add(*f.owner, QStringLiteral("carl"), Role::Clerk);
        const qint64 otto = f.idOf(QStringLiteral("otto"));
        const qint64 olivia = f.owner->employee().id;
        // The new owner got custody of both vault keys from olivia.
        QCOMPARE(storage::KeyRepository(f.owner->database()).grantsFor(otto).value().size(), 2);
        f.owner.reset();

        // Both owners unused for 100 days; the clerk's sign-in deactivates one, never both.
        f.clock.advanceSecs(100LL * 86400);
        auto carl = f.signIn(QStringLiteral("carl"), carlOtp);
        QVERIFY(carl);
        storage::EmployeeRepository employees(carl->database());
        QCOMPARE(employees.activeOwnerCount().value(), 1);
        QVERIFY(employees.byId(carl->employee().id).value()->active);
        const bool oliviaActive = employees.byId(olivia).value()->active;
        const bool ottoActive = employees.byId(otto).value()->active;
        QVERIFY(oliviaActive != ottoActive);
        // The vault is not locked out: the remaining owner still signs in.
        if (oliviaActive) {
            f.owner = f.signIn(QStringLiteral("olivia"), kOwnerPassword);
            QVERIFY(f.owner);
            QVERIFY(f.cardGrant(olivia));
        }
    }

    void accessReview()
    {
        Fixture f;
        QVERIFY(f.create());
        const qint64 orderId = f.orderWithCard();
        const QString maryOtp = f.add(*f.owner, QStringLiteral("mary"), Role::Manager);
        const QString carlOtp = f.add(*f.owner, QStringLiteral("carl"), Role::Clerk);
        const qint64 mary = f.idOf(QStringLiteral("mary"));
        QVERIFY(f.clear(mary, f.clock.nowUtc().date().addYears(1)));
        QVERIFY(Disclosure(*f.owner).grant(mary, QStringLiteral("MARKER-grant-reason for disputes"), {}).ok());
        auto marySession = f.firstSignIn(QStringLiteral("mary"), maryOtp);
        QVERIFY(marySession);
        QVERIFY(Disclosure(*marySession).revealPan(orderId, kReason).ok());
        QVERIFY(Disclosure(*marySession).revealPan(orderId, kReason).ok());

        auto carl = f.signIn(QStringLiteral("carl"), carlOtp);
        QCOMPARE(AccessReview(*f.vault, *carl).rows().errorCode(), Errc::Denied);
        QCOMPARE(AccessReview(*f.vault, *carl).signOff({}).errorCode(), Errc::Denied);
        QCOMPARE(f.audit(audit::kAccessReviewSigned).last().outcome, audit::kDenied);

        AccessReview review(*f.vault, *f.owner);
        QVERIFY(review.isDue().value());
        QVERIFY(!review.lastSignOff().value().has_value());
        auto rows = review.rows();
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), 3);
        for (const AccessReviewRow& r : rows.value()) {
            if (r.member.employee.id == mary) {
                QCOMPARE(r.revealsLast90Days, 2);
                QCOMPARE(r.lastRevealAt, f.clock.nowUtc());
                QVERIFY(r.member.holdsCardDataGrant);
                QCOMPARE(r.member.screening, ScreeningStatus::Cleared);
            } else {
                QCOMPARE(r.revealsLast90Days, 0);
            }
        }
        QCOMPARE(review.signOff(QString(2001, QLatin1Char('x'))).errorCode(), Errc::Invalid);

        auto signed_ = review.signOff(QStringLiteral("All access matches the job."));
        QVERIFY2(signed_.ok(), qPrintable(signed_.errorMessage()));
        QCOMPARE(signed_->employeesReviewed, 3);
        QCOMPARE(signed_->dueAt, f.clock.nowUtc().addMonths(6));
        auto last = review.lastSignOff().value();
        QVERIFY(last.has_value());
        QCOMPARE(last->reviewerName, QStringLiteral("Olivia Owner"));
        QCOMPARE(last->notes, QStringLiteral("All access matches the job."));
        QVERIFY(!review.isDue().value());
        const auto event = f.audit(audit::kAccessReviewSigned).last();
        QCOMPARE(event.outcome, audit::kSuccess);
        QCOMPARE(event.details, QStringLiteral("employees reviewed: 3"));

        // The snapshot holds the facts, not the secrets or grant reasons.
        const auto record = storage::ScreeningRepository(f.owner->database()).lastAccessReview().value().value();
        const QJsonArray snapshot = QJsonDocument::fromJson(record.snapshot.toUtf8()).array();
        QCOMPARE(snapshot.size(), 3);
        QVERIFY(!record.snapshot.contains(QStringLiteral("MARKER")));
        bool sawMary = false;
        for (const QJsonValue& v : snapshot) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("username")).toString() == QStringLiteral("mary")) {
                sawMary = true;
                QCOMPARE(o.value(QStringLiteral("reveals_90_days")).toInt(), 2);
                QCOMPARE(o.value(QStringLiteral("screening")).toString(), QStringLiteral("cleared"));
                QVERIFY(o.value(QStringLiteral("card_data_grant")).toBool());
            }
        }
        QVERIFY(sawMary);

        // Six months later the review falls due again; reveals older than 90 days drop out.
        f.clock.advanceSecs(183LL * 86400); // 2 September is six months after 2 March: 184 days
        QVERIFY(!review.isDue().value());
        f.clock.advanceSecs(86400);
        QVERIFY(review.isDue().value());
        const QList<AccessReviewRow> later = review.rows().value();
        QCOMPARE(later.size(), 3);
        for (const AccessReviewRow& r : later)
            QCOMPARE(r.revealsLast90Days, 0);
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
