#include "access/Disclosure.h"

#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "orders/OrderService.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ScreeningRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/Session.h"
#include "vault/VaultInternal.h"

#include <QHash>
#include <algorithm>

namespace custos::access {
namespace {

constexpr int kMaxReasonLength = 200;

// A SAVEPOINT works inside the caller's transaction and, without one, is a transaction of its
// own: the sweep runs both at sign-in and inside staff changes.
class Savepoint
{
public:
    static Result<Savepoint> begin(storage::Database& db)
    {
        CUSTOS_TRY(db.exec(QStringLiteral("SAVEPOINT custos_disclosure_sweep")));
        return Savepoint(db);
    }
    Savepoint(Savepoint&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    Savepoint& operator=(Savepoint&&) = delete;
    ~Savepoint()
    {
        if (!m_db)
            return;
        (void)m_db->exec(QStringLiteral("ROLLBACK TO custos_disclosure_sweep"));
        (void)m_db->exec(QStringLiteral("RELEASE custos_disclosure_sweep"));
    }
    Result<void> release()
    {
        storage::Database* db = std::exchange(m_db, nullptr);
        return db->exec(QStringLiteral("RELEASE custos_disclosure_sweep"));
    }

private:
    explicit Savepoint(storage::Database& db) : m_db(&db) {}
    storage::Database* m_db;
};

// A run of 8+ digits, or 12+ digits in groups split by single spaces or dashes (a card number
// as printed), cannot be part of a reason.
bool containsLongNumber(const QString& text)
{
    int run = 0;
    int grouped = 0;
    bool previousDigit = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            ++run;
            ++grouped;
            if (run >= 8 || grouped >= 12)
                return true;
            previousDigit = true;
            continue;
        }
        run = 0;
        const bool separator = c == QLatin1Char(' ') || c == QLatin1Char('-');
        if (!(separator && previousDigit))
            grouped = 0;
        previousDigit = false;
    }
    return false;
}

QString orderTarget(const QString& number)
{
    return QStringLiteral("order:") + number;
}

// The day after the last valid day, at midnight UTC: when a grant stops opening.
QDateTime endOfDay(const QDate& lastDay)
{
    return QDateTime(lastDay.addDays(1), QTime(0, 0), Qt::UTC);
}

} // namespace

QString Disclosure::validateReason(const QString& reason)
{
    const QString text = reason.simplified();
    if (text.size() < kMinReasonLength)
        return tr("Give a reason of at least %1 characters (for example the call or the dispute it is for).")
            .arg(kMinReasonLength);
    if (text.size() > kMaxReasonLength)
        return tr("The reason is too long (at most %1 characters).").arg(kMaxReasonLength);
    if (containsLongNumber(text))
        return tr("The reason must not contain a card number or any other long number.");
    return QString();
}

bool Disclosure::containsCardLikeNumber(const QString& text)
{
    return containsLongNumber(text);
}

Result<void> Disclosure::grant(qint64 employeeId, const QString& reason, const QDate& until)
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    storage::Database& db = m_session.database();
    auto found = employeeById(m_session, employeeId);
    if (!found)
        return found.error();
    const Employee target = found.value();
    auto refuse = [&](const QString& message, const QString& cause) -> Result<void> {
        CUSTOS_TRY(m_session.recordEvent(audit::kDisclosureGranted, target.username, audit::kDenied, cause));
        return Error{message, Errc::Denied};
    };

    if (Decision d = decide(actor.value(), Permission::GrantDisclosure); !d)
        return refuse(d.reason, d.cause);
    if (const QString problem = validateReason(reason); !problem.isEmpty())
        return Error{problem, Errc::Invalid};
    const QDateTime now = m_session.clock().nowUtc();
    const QDate today = now.date();
    if (until.isValid() && until < today)
        return Error{tr("The grant cannot end in the past."), Errc::Invalid};
    if (target.id == actor->employeeId)
        return refuse(tr("You cannot give a disclosure grant to yourself."), QStringLiteral("own grant"));
    if (!target.active)
        return refuse(tr("%1 is deactivated.").arg(target.fullName), QStringLiteral("grantee deactivated"));
    if (!roleHas(target.role, Permission::RevealCardNumber))
        return refuse(tr("%1 is a %2; that role may never see full card numbers.")
                          .arg(target.fullName, roleDisplayName(target.role).toLower()),
                      QStringLiteral("grantee role %1").arg(roleToStorage(target.role)));
    auto checks = storage::ScreeningRepository(db).forEmployee(target.id);
    if (!checks)
        return checks.error();
    const ScreeningStatus status = deriveScreeningStatus(checks.value(), today);
    if (status != ScreeningStatus::Cleared)
        return refuse(tr("%1's background check is not cleared (%2). A grant needs a cleared check that has not "
                         "expired.")
                          .arg(target.fullName, screeningStatusDisplayName(status).toLower()),
                      QStringLiteral("grantee screening %1").arg(screeningStatusToStorage(status)));

    storage::KeyRepository keys(db);
    auto cardKey = keys.currentVaultKey(detail::kCardDataKey);
    if (!cardKey)
        return cardKey.error();
    if (!cardKey->has_value())
        return Error{tr("This vault has no card-data key."), Errc::Corrupt};
    if (target.role == Role::Owner) {
        // Never replace an owner's custody (no expiry) with a grant that runs out.
        auto held = keys.grantsFor(target.id);
        if (!held)
            return held.error();
        const qint64 keyId = (*cardKey)->id;
        if (std::any_of(held->begin(), held->end(), [&](const auto& g) { return g.vaultKeyId == keyId; }))
            return Error{tr("%1 already holds the card-data key as an owner.").arg(target.fullName), Errc::Invalid};
    }
    auto mine = m_session.unsealGrantedKey(detail::kCardDataKey);
    if (!mine)
        return mine.error();
    if (!mine->has_value() || (*mine)->vaultKeyId != (*cardKey)->id)
        return refuse(tr("You do not hold a disclosure grant yourself, so you cannot give one."),
                      QStringLiteral("giver holds no grant"));
    if (target.identityPublicKey.size() != int(crypto::kX25519KeySize))
        return Error{
            tr("%1 has no identity key. Deactivate and reactivate the account to give them one.").arg(target.fullName),
            Errc::Corrupt};

    // The grant ends on the requested day or with the clearance, whichever comes first.
    QDate lastDay = until.isValid() ? until : today.addDays(kDefaultGrantDays);
    const QDate clearedUntil = screeningClearedUntil(checks.value(), today);
    if (clearedUntil.isValid() && clearedUntil < lastDay)
        lastDay = clearedUntil;
    const QString why = reason.simplified();
    auto grant = detail::makeGrant(m_session.vaultId(), target.id, target.identityPublicKey, **cardKey,
                                   (*mine)->privateKey, actor->employeeId, why, now);
    if (!grant)
        return grant.error();
    grant->expiresAt = endOfDay(lastDay);

    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto put = keys.putGrant(grant.value());
    if (!put)
        return put.error();
    CUSTOS_TRY(m_session.appendAudit(audit::kDisclosureGranted, target.username, audit::kSuccess,
                                     QStringLiteral("until: %1; reason: %2").arg(lastDay.toString(Qt::ISODate), why)));
    return tx->commit();
}

Result<void> Disclosure::revoke(qint64 employeeId, const QString& reason)
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    storage::Database& db = m_session.database();
    auto found = employeeById(m_session, employeeId);
    if (!found)
        return found.error();
    const Employee target = found.value();
    auto refuse = [&](const QString& message, const QString& cause) -> Result<void> {
        CUSTOS_TRY(m_session.recordEvent(audit::kDisclosureRevoked, target.username, audit::kDenied, cause));
        return Error{message, Errc::Denied};
    };

    if (Decision d = decide(actor.value(), Permission::GrantDisclosure); !d)
        return refuse(d.reason, d.cause);
    if (target.id == actor->employeeId)
        return refuse(tr("You cannot revoke your own disclosure grant."), QStringLiteral("own grant"));
    if (target.role == Role::Owner)
        return refuse(tr("An owner's custody of the card-data key cannot be revoked."),
                      QStringLiteral("owner custody"));
    if (const QString problem = validateReason(reason); !problem.isEmpty())
        return Error{problem, Errc::Invalid};

    storage::KeyRepository keys(db);
    auto cardKey = keys.currentVaultKey(detail::kCardDataKey);
    if (!cardKey)
        return cardKey.error();
    if (!cardKey->has_value())
        return Error{tr("This vault has no card-data key."), Errc::Corrupt};
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto removed = keys.deleteGrant(target.id, (*cardKey)->id);
    if (!removed)
        return removed.error();
    if (!removed.value())
        return Error{tr("%1 holds no disclosure grant.").arg(target.fullName), Errc::NotFound};
    CUSTOS_TRY(m_session.appendAudit(audit::kDisclosureRevoked, target.username, audit::kSuccess,
                                     QStringLiteral("reason: %1").arg(reason.simplified())));
    return tx->commit();
}

Result<int> Disclosure::sweep()
{
    storage::Database& db = m_session.database();
    storage::KeyRepository keys(db);
    auto grants = keys.allGrants();
    if (!grants)
        return grants.error();
    if (grants->isEmpty())
        return 0;
    auto signingKey = keys.currentVaultKey(detail::kSigningKey);
    if (!signingKey)
        return signingKey.error();
    const std::optional<qint64> signingKeyId =
        signingKey->has_value() ? std::optional<qint64>((*signingKey)->id) : std::nullopt;
    auto all = storage::EmployeeRepository(db).all();
    if (!all)
        return all.error();
    QHash<qint64, Employee> employees;
    for (const Employee& e : std::as_const(all.value()))
        employees.insert(e.id, e);
    auto checks = storage::ScreeningRepository(db).all();
    if (!checks)
        return checks.error();
    const QDateTime now = m_session.clock().nowUtc();
    const QDate today = now.date();

    struct Removal
    {
        storage::KeyRepository::Grant grant;
        QString username;
        QString cause;
    };
    QList<Removal> removals;
    for (const storage::KeyRepository::Grant& g : std::as_const(grants.value())) {
        const auto it = employees.constFind(g.employeeId);
        if (it == employees.constEnd())
            continue; // key_grants references employees: cannot happen
        const Employee& e = it.value();
        QString cause;
        if (!e.active) {
            cause = QStringLiteral("holder deactivated");
        } else if (e.role == Role::Owner) {
            continue; // owners' custody
        } else if (signingKeyId && g.vaultKeyId == *signingKeyId) {
            cause = QStringLiteral("signing key is held by owners only");
        } else if (!roleHas(e.role, Permission::RevealCardNumber)) {
            cause = QStringLiteral("role %1 may not reveal card numbers").arg(roleToStorage(e.role));
        } else if (const ScreeningStatus s = deriveScreeningStatus(checks->value(e.id), today);
                   s != ScreeningStatus::Cleared) {
            cause = QStringLiteral("screening %1").arg(screeningStatusToStorage(s));
        } else if (g.expiresAt.isValid() && g.expiresAt <= now) {
            cause = QStringLiteral("expired");
        }
        if (!cause.isEmpty())
            removals << Removal{g, e.username, cause};
    }
    if (removals.isEmpty())
        return 0;

    auto savepoint = Savepoint::begin(db);
    if (!savepoint)
        return savepoint.error();
    for (const Removal& r : std::as_const(removals)) {
        auto removed = keys.deleteGrant(r.grant.employeeId, r.grant.vaultKeyId);
        if (!removed)
            return removed.error();
        const QString kind =
            signingKeyId && r.grant.vaultKeyId == *signingKeyId ? detail::kSigningKey : detail::kCardDataKey;
        CUSTOS_TRY(m_session.appendAudit(audit::kDisclosureRemoved, r.username, audit::kSuccess,
                                         QStringLiteral("key: %1; cause: %2").arg(kind, r.cause)));
    }
    CUSTOS_TRY(savepoint->release());
    return static_cast<int>(removals.size());
}

Result<crypto::SecureBytes> Disclosure::revealPan(qint64 orderId, const QString& reason)
{
    storage::Database& db = m_session.database();
    storage::OrderRepository orders(db);
    auto number = orders.numberFor(orderId);
    if (!number)
        return number.error();
    if (!number->has_value())
        return Error{tr("There is no such order."), Errc::NotFound};
    const QString target = orderTarget(**number);

    // Fresh from the database: a check that expired or a grant revoked since sign-in counts.
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    if (Decision d = decide(actor.value(), Permission::RevealCardNumber); !d) {
        CUSTOS_TRY(m_session.recordEvent(audit::kCardRevealed, target, audit::kDenied, d.cause));
        return Error{d.reason, Errc::Denied};
    }
    if (const QString problem = validateReason(reason); !problem.isEmpty())
        return Error{problem, Errc::Invalid};

    auto sealed = orders.sealedPan(orderId);
    if (!sealed)
        return sealed.error();
    if (!sealed->has_value()) {
        CUSTOS_TRY(m_session.recordEvent(audit::kCardRevealed, target, audit::kFailure,
                                         QStringLiteral("no sealed number (purged or none taken)")));
        return Error{tr("The full card number of order %1 is no longer kept (it is purged after charging); only the "
                        "first six and last four digits remain.")
                         .arg(**number),
                     Errc::NotFound};
    }
    auto key = m_session.unsealGrantedKey(detail::kCardDataKey);
    if (!key)
        return key.error();
    if (!key->has_value()) {
        CUSTOS_TRY(
            m_session.recordEvent(audit::kCardRevealed, target, audit::kDenied, QStringLiteral("no disclosure grant")));
        return Error{tr("You do not hold a disclosure grant. Ask a manager or owner who holds one to grant it."),
                     Errc::Denied};
    }
    if ((*key)->vaultKeyId != (*sealed)->vaultKeyId)
        return Error{tr("The card number of order %1 was sealed with an older card-data key that your grant does "
                        "not cover.")
                         .arg(**number),
                     Errc::Denied};
    auto pan = crypto::openSealed((*key)->privateKey, (*sealed)->sealed,
                                  OrderService::panAssociatedData(m_session.vaultId(), orderId));
    if (!pan) {
        CUSTOS_TRY(m_session.recordEvent(audit::kCardRevealed, target, audit::kFailure,
                                         QStringLiteral("sealed number does not open")));
        return Error{tr("The stored card number of order %1 could not be opened; it may have been damaged or "
                        "copied from another order.")
                         .arg(**number),
                     Errc::Corrupt};
    }
    // The event is committed before the number is handed out: no reveal without its record.
    CUSTOS_TRY(m_session.recordEvent(audit::kCardRevealed, target, audit::kSuccess,
                                     QStringLiteral("reason: %1").arg(reason.simplified())));
    return std::move(pan.value());
}

Result<void> Disclosure::recordCopy(qint64 orderId)
{
    auto number = storage::OrderRepository(m_session.database()).numberFor(orderId);
    if (!number)
        return number.error();
    if (!number->has_value())
        return Error{tr("There is no such order."), Errc::NotFound};
    const QString target = orderTarget(**number);
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    if (Decision d = decide(actor.value(), Permission::RevealCardNumber); !d) {
        CUSTOS_TRY(m_session.recordEvent(audit::kCardCopied, target, audit::kDenied, d.cause));
        return Error{d.reason, Errc::Denied};
    }
    return m_session.recordEvent(audit::kCardCopied, target);
}

} // namespace custos::access
