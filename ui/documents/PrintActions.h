#pragma once

#include <QtGlobal>

class QWidget;

namespace custos {
class Session;
}

namespace custos::ui {

// A blank phone/fax/mail order form: print preview, then Print… or Save as PDF…; every printed
// or saved copy gets its own serial number and is audited.
void printBlankOrderForm(custos::Session& session, QWidget* parent);
// The confirmation of an existing order (card masked to last 4 whatever the role), previewed,
// printed or saved as PDF, audited.
void printOrderConfirmation(custos::Session& session, qint64 orderId, QWidget* parent);

} // namespace custos::ui
