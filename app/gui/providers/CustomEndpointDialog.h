#pragma once
// Add or edit a custom OpenAI-compatible endpoint (vLLM, TGI, llama-server, Ollama, LM Studio, any
// /v1 server): display name, base URL (validated), optional API key (handed to the keychain by
// the Providers area, never stored here), and its models, typed in or fetched from
// GET {base}/models, each with optional prices (0 by default) and a context window.

#include <QDialog>
#include <QVector>
#include <optional>

#include "router/catalog/ProviderInfo.h"

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;

namespace sb {

struct CustomEndpointInput {
    QString id; // empty: a new endpoint (the id is derived from the name)
    QString name;
    QString baseUrl; // normalized
    QVector<ModelEntry> models;
    std::optional<QString> key; // nullopt: leave the stored key as it is
};

class CustomEndpointDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { IdCol, ContextCol, InputCol, OutputCol, Columns };

    explicit CustomEndpointDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);

    // Edit mode: the fields show `p`; the key field stays empty ("unchanged"), and `storedKey`
    // (read from the keychain by the caller) is used only to fetch the model list.
    void setEndpoint(const ProviderInfo &p, const QString &storedKey = {});
    void setStoredKey(const QString &key) { m_storedKey = key; }
    // Filled form -> endpoint, or the first problem found (names the field or model row).
    std::optional<CustomEndpointInput> input(QString *problem = nullptr) const;

    void addModelRow(const ModelEntry &m);
    void fetchModels(); // GET {base}/models; new ids are appended, existing rows keep their prices

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QTableWidget *modelTable() const { return m_models; }
    QPushButton *fetchButton() const { return m_fetch; }
    QString statusText() const;

    void accept() override; // refuses (with the reason shown) while the form is invalid

Q_SIGNALS:
    void modelsFetched(bool ok, const QString &message);

private:
    QNetworkAccessManager *m_network;
    QString m_id;
    QString m_storedKey;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QTableWidget *m_models;
    QPushButton *m_fetch;
    QLabel *m_status;
};

} // namespace sb
