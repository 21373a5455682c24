#pragma once

#include "core/Result.h"
#include "domain/Order.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <optional>

namespace custos {

class Session;

namespace audit {
inline const QString kOrderCreated = QStringLiteral("order.created");
inline const QString kOrderStatusChanged = QStringLiteral("order.status_changed");
inline const QString kOrderCardPurged = QStringLiteral("order.card_purged");
inline const QString kCardRetentionChanged = QStringLiteral("settings.card_retention");
} // namespace audit

// The setting: days a sealed card number is kept after the order is charged (0: purge at once).
inline constexpr const char* kCardRetentionSetting = "cards.retention_days";

// Orders for the UI and the CLI. One transaction per action, audit event included; audit
// details never hold card digits (not even the last 4) or the CVV.
class OrderService
{
    Q_DECLARE_TR_FUNCTIONS(OrderService)
public:
    static constexpr int kMaxRetentionDays = 365;
    static constexpr int kMaxNoteLength = 1000;

    explicit OrderService(Session& session) : m_session(session) {}

    OrderProblems validate(const OrderDraft& draft) const;
    // Card rules with today's date from the session clock (expiry, holder, CVV length).
    OrderProblems validateCard(const CardEntry& card) const;

    // Validates, takes the next number of the year ("2026-000124"), saves the order, its lines
    // and, with a card, BIN/last 4/expiry/holder plus the PAN sealed to the card-data key
    // (associated data panAssociatedData()). The CVV is checked and wiped before anything is
    // written. Pass the card with std::move so no copy of the CVV stays with the caller.
    // Returns the order number. Errc::Invalid lists every problem; Errc::NotFound for an
    // unknown customer.
    Result<QString> create(const OrderDraft& draft, std::optional<CardEntry> card = std::nullopt);

    Result<Order> get(qint64 orderId) const;                // Errc::NotFound
    Result<Order> getByNumber(const QString& number) const; // Errc::NotFound
    Result<QList<OrderListRow>> list(const OrderFilter& filter, OrderSort sort = OrderSort::NewestFirst,
                                     const OrderPage& page = {}) const;
    Result<int> count(const OrderFilter& filter) const;
    Result<QList<OrderStatusChange>> history(qint64 orderId) const;

    // Moves the order along its workflow (allowedNext) and records the step with `note`.
    // Charging with retention 0 purges the sealed card number in the same transaction;
    // cancelling always does. Errc::Invalid for a step the workflow does not allow.
    Result<void> changeStatus(qint64 orderId, OrderStatus to, const QString& note = {});
    // Purges every sealed card number kept longer than the retention after charging.
    // Returns how many were purged.
    Result<int> purgeDue();

    // "cards.retention_days", 0..kMaxRetentionDays (default 0).
    int cardRetentionDays() const;
    // Owner only; audited.
    Result<void> setCardRetentionDays(int days);

    // "custos-pan-v1|<vault id>|<order id>": a sealed number copied to another order or vault
    // does not open.
    static QByteArray panAssociatedData(const QString& vaultId, qint64 orderId);

    // The signed-in session, for work built on the service that records its own audit events
    // (the order export).
    Session& session() const { return m_session; }

private:
    OrderFilter withRegion(OrderFilter filter) const; // phone region for the text filter
    // Inside the caller's transaction: purges one sealed number and audits it when there was one.
    Result<void> purgeCard(qint64 orderId, const QString& number, const QString& reason);
    Session& m_session;
};

} // namespace custos
