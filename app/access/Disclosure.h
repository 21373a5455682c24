#pragma once

#include "access/Access.h"
#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace custos {
class Session;
}

namespace custos::access {

// Disclosure grants (ARCHITECTURE.md, "Card numbers"): the card-data private key sealed to an
// employee's identity public key, with associated data binding vault, employee and key (a row
// copied to another employee does not open). Without the row nobody can decrypt, whatever
// the UI does.
//
// Owners keep custody of the card-data key whatever their screening (a business must not lock
// itself out of its own card data, and only a holder can grant), but an owner, like anyone,
// reveals only when decide(RevealCardNumber) allows: screened and holding a grant.
class Disclosure
{
    Q_DECLARE_TR_FUNCTIONS(Disclosure)
public:
    explicit Disclosure(Session& session) : m_session(session) {}

    static constexpr int kDefaultGrantDays = 365;
    static constexpr int kMinReasonLength = 10;

    // The session's employee gives a grant: needs GrantDisclosure and a grant of their own
    // (they unseal the key with their identity key and seal it to the grantee). The grantee
    // must be active, have RevealCardNumber in their role and be Cleared; the grant expires at
    // `until` or at the end of the grantee's clearance, whichever is first. Reason required
    // (kMinReasonLength). Audited "disclosure.granted" (or "denied" with the reason).
    Result<void> grant(qint64 employeeId, const QString& reason, const QDate& until);
    // Deletes the grant row. Audited "disclosure.revoked". Owners' custody grants are not
    // revocable (see above). GrantDisclosure needed; not one's own.
    Result<void> revoke(qint64 employeeId, const QString& reason);

    // Deletes every grant whose holder is inactive, lost RevealCardNumber, is no longer
    // Cleared, or whose expiry has passed — except owners' custody. Each removal audited
    // "disclosure.removed" with the cause. Runs at every sign-in (Vault) and on a timer (UI).
    // Returns how many were removed. Works in the caller's transaction when one is open.
    Result<int> sweep();

    // The full card number of an order, for a holder who gives a reason (kMinReasonLength,
    // no run of 8+ digits so a PAN cannot be pasted in as a "reason"). Checks decide() fresh
    // from the database (a check expired since sign-in refuses). Audited "card.revealed" with
    // the order number and reason, or "denied". Errc::NotFound when the number was purged.
    Result<crypto::SecureBytes> revealPan(qint64 orderId, const QString& reason);
    // The holder copied the revealed number: audited "card.copied".
    Result<void> recordCopy(qint64 orderId);

    static QString validateReason(const QString& reason); // empty when fine, else translated why
    // A run of 8+ digits, or 12+ digits grouped by single spaces or dashes: looks like a card
    // number, so it may not go into a reason or any other free text that is stored.
    static bool containsCardLikeNumber(const QString& text);

private:
    Session& m_session;
};

} // namespace custos::access
