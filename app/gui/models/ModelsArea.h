#pragma once
// The Models area: choose a local SmolLM3 model (Hugging Face directory or GGUF file), the
// compute backend and device, load it with progress, and see what was loaded and on what.
// Loading runs on a worker thread; the UI stays responsive and a failure is shown, not fatal.

#include <QWidget>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace sb {

class DownloadPanel;
class EngineLocalProvider;
class KeyStore;

class ModelsArea : public QWidget {
    Q_OBJECT

public:
    explicit ModelsArea(QWidget *parent = nullptr);
    ~ModelsArea() override;

    // The provider the router uses for "local"; without one the area owns a private provider.
    void setLocalProvider(EngineLocalProvider *provider);
    EngineLocalProvider *localProvider() const { return m_provider; }

    // The Hugging Face token for gated downloads is the keychain's "huggingface" entry.
    void setKeyStore(KeyStore *keys);
    DownloadPanel *downloadPanel() const { return m_download; }

    void setModelPath(const QString &path);
    // The Vulkan device to load on (Settings::VulkanDevice; see gui/settings/DeviceChoice.h).
    void setDeviceSelector(const QString &selector);
    void startLoading();
    // At start: loads the model remembered from the last run (Settings::LocalModelPath) in the
    // background, with progress. Returns false when there is none or it is gone from disk.
    bool reloadLastModel();
    bool isLoading() const { return m_loading; }
    QString statusText() const;

public Q_SLOTS:
    // Downloads SmolLM3 (HuggingFaceTB/SmolLM3-3B, main) into the data directory; for the
    // first-run welcome. "Open model" loads it once verified. Size first:
    // HubDownloader::listFiles(HubRepo(), ...).defaultSelectionBytes().
    void startDefaultDownload();

Q_SIGNALS:
    void modelLoaded(const QString &path, const QString &backend);
    void loadFailed(const QString &message);
    // While loading: what is loaded and how far (0..100), for the chat's status row.
    void loadProgress(const QString &path, int percent);

private:
    void browseDirectory();
    void browseGguf();
    void onProgress(const QString &stage, double fraction);
    void onFinished(bool ok, const QString &message);
    void showDetails();

    std::unique_ptr<EngineLocalProvider> m_ownProvider;
    EngineLocalProvider *m_provider = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_backend = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_context = nullptr;
    QPushButton *m_load = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QFormLayout *m_details = nullptr;
    QWidget *m_detailsBox = nullptr;
    DownloadPanel *m_download = nullptr;
    bool m_loading = false;
};

} // namespace sb
