#include "app/gui/providers/CustomEndpointDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "router/catalog/CustomEndpoint.h"

namespace sb {

namespace {

QTableWidgetItem *numberItem(double v)
{
    return new QTableWidgetItem(QString::number(v, 'g', 10));
}

} // namespace

CustomEndpointDialog::CustomEndpointDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
{
    setObjectName(QStringLiteral("CustomEndpointDialog"));
    setWindowTitle(tr("Custom OpenAI-compatible endpoint"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("endpointName"));
    m_name->setAccessibleName(tr("Display name"));
    m_name->setPlaceholderText(tr("e.g. vLLM on the GPU box"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("endpointUrl"));
    m_url->setAccessibleName(tr("Base URL"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8000/v1"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("endpointKey"));
    m_key->setAccessibleName(tr("API key (optional)"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("optional; stored in your system keychain"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Base URL"), m_url);
    form->addRow(tr("API key"), m_key);
    layout->addLayout(form);

    m_models = new QTableWidget(0, Columns, this);
    m_models->setObjectName(QStringLiteral("endpointModels"));
    m_models->setAccessibleName(tr("Models"));
    m_models->setHorizontalHeaderLabels(
        { tr("Model id"), tr("Context (tokens)"), tr("Input $/M tokens"), tr("Output $/M tokens") });
    m_models->horizontalHeader()->setSectionResizeMode(IdCol, QHeaderView::Stretch);
    m_models->verticalHeader()->setVisible(false);
    layout->addWidget(m_models, 1);

    auto *modelButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add model"), this);
    add->setObjectName(QStringLiteral("addModel"));
    auto *remove = new QPushButton(tr("Remove model"), this);
    remove->setObjectName(QStringLiteral("removeModel"));
    m_fetch = new QPushButton(tr("Fetch models"), this);
    m_fetch->setObjectName(QStringLiteral("fetchModels"));
    m_fetch->setToolTip(tr("Asks the server for its model list (GET base URL/models)"));
    modelButtons->addWidget(add);
    modelButtons->addWidget(remove);
    modelButtons->addStretch(1);
    modelButtons->addWidget(m_fetch);
    layout->addLayout(modelButtons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("endpointStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(add, &QPushButton::clicked, this, [this] {
        addModelRow(ModelEntry {});
        m_models->setCurrentCell(m_models->rowCount() - 1, IdCol);
        m_models->editItem(m_models->item(m_models->rowCount() - 1, IdCol));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_models->currentRow() >= 0)
            m_models->removeRow(m_models->currentRow());
    });
    connect(m_fetch, &QPushButton::clicked, this, &CustomEndpointDialog::fetchModels);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomEndpointDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CustomEndpointDialog::setEndpoint(const ProviderInfo &p, const QString &storedKey)
{
    m_id = p.id;
    m_storedKey = storedKey;
    m_name->setText(p.name);
    m_url->setText(p.baseUrl);
    m_key->clear();
    m_key->setPlaceholderText(tr("unchanged (type a new key to replace it)"));
    m_models->setRowCount(0);
    for (const ModelEntry &m : p.models)
        addModelRow(m);
}

void CustomEndpointDialog::addModelRow(const ModelEntry &m)
{
    const int row = m_models->rowCount();
    m_models->insertRow(row);
    auto *id = new QTableWidgetItem(m.id);
    // The wire id rides along unchanged when the row keeps its id (edit of a hand-written entry).
    id->setData(Qt::UserRole, m.providerModelId);
    m_models->setItem(row, IdCol, id);
    m_models->setItem(row, ContextCol,
        new QTableWidgetItem(
            QString::number(m.contextWindow > 0 ? m.contextWindow : kDefaultCustomContextWindow)));
    m_models->setItem(row, InputCol, numberItem(m.price.inputPerMTok));
    m_models->setItem(row, OutputCol, numberItem(m.price.outputPerMTok));
}

QString CustomEndpointDialog::statusText() const
{
    return m_status->text();
}

std::optional<CustomEndpointInput> CustomEndpointDialog::input(QString *problem) const
{
    auto fail = [problem](const QString &why) -> std::optional<CustomEndpointInput> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    CustomEndpointInput out;
    out.id = m_id;
    out.name = m_name->text().trimmed();
    if (out.name.isEmpty())
        return fail(tr("Give the endpoint a name."));
    auto url = normalizeEndpointBaseUrl(m_url->text());
    if (!url)
        return fail(tr("Base URL: %1").arg(url.error()));
    out.baseUrl = url.value();
    QStringList seen;
    for (int row = 0; row < m_models->rowCount(); ++row) {
        auto text = [&](int col) {
            return m_models->item(row, col) ? m_models->item(row, col)->text().trimmed() : QString();
        };
        ModelEntry m;
        m.id = text(IdCol);
        if (m.id.isEmpty())
            continue; // a row added and left blank
        if (seen.contains(m.id, Qt::CaseInsensitive))
            return fail(tr("Model '%1' is listed twice.").arg(m.id));
        seen << m.id;
        const QString wire = m_models->item(row, IdCol)->data(Qt::UserRole).toString();
        m.providerModelId = wire.isEmpty() ? m.id : wire;
        bool ok = false;
        m.contextWindow
            = text(ContextCol).isEmpty() ? kDefaultCustomContextWindow : text(ContextCol).toLongLong(&ok);
        if (!text(ContextCol).isEmpty() && (!ok || m.contextWindow <= 0))
            return fail(tr("Model '%1': the context window must be a positive number of tokens.").arg(m.id));
        const struct {
            int col;
            double *target;
        } prices[] = { { InputCol, &m.price.inputPerMTok }, { OutputCol, &m.price.outputPerMTok } };
        for (const auto &price : prices) {
            const QString t = text(price.col);
            *price.target = t.isEmpty() ? 0.0 : t.toDouble(&ok);
            if (!t.isEmpty() && (!ok || *price.target < 0 || !qIsFinite(*price.target)))
                return fail(tr("Model '%1': prices are USD per million tokens, 0 or more.").arg(m.id));
        }
        m.price.cachedInputPerMTok = m.price.inputPerMTok;
        m.price.priceDate = QDate::currentDate();
        out.models << m;
    }
    if (out.models.isEmpty())
        return fail(tr("List at least one model (type its id or use Fetch models)."));
    if (!m_key->text().trimmed().isEmpty())
        out.key = m_key->text().trimmed();
    return out;
}

void CustomEndpointDialog::fetchModels()
{
    auto url = normalizeEndpointBaseUrl(m_url->text());
    if (!url) {
        m_status->setText(tr("Base URL: %1").arg(url.error()));
        Q_EMIT modelsFetched(false, m_status->text());
        return;
    }
    const QString key = m_key->text().trimmed().isEmpty() ? m_storedKey : m_key->text().trimmed();
    m_fetch->setEnabled(false);
    m_status->setText(tr("Asking %1/models…").arg(url.value()));
    fetchModelIds(m_network, url.value(), key, this, [this](Outcome<QStringList> ids) {
        m_fetch->setEnabled(true);
        if (!ids) {
            m_status->setText(tr("Could not fetch the models: %1").arg(ids.error()));
            Q_EMIT modelsFetched(false, m_status->text());
            return;
        }
        int added = 0;
        for (const QString &id : ids.value()) {
            bool listed = false;
            for (int row = 0; row < m_models->rowCount() && !listed; ++row)
                listed = m_models->item(row, IdCol) && m_models->item(row, IdCol)->text().trimmed() == id;
            if (listed)
                continue;
            ModelEntry m;
            m.id = id;
            addModelRow(m);
            ++added;
        }
        m_status->setText(
            tr("The server lists %n model(s); %1 added.", nullptr, int(ids->size())).arg(added));
        Q_EMIT modelsFetched(true, m_status->text());
    });
}

void CustomEndpointDialog::accept()
{
    QString problem;
    if (!input(&problem)) {
        m_status->setText(problem);
        return;
    }
    QDialog::accept();
}

} // namespace sb
