// Every setting the code reads, under the same names as locally ('__' stands for ':').
// Storage is reached with the app identity (no keys); secrets are Key Vault references resolved by the platform.
// Flex Consumption takes the runtime from functionAppConfig, so FUNCTIONS_WORKER_RUNTIME and
// FUNCTIONS_EXTENSION_VERSION must not be set here.
param appName string
param storageAccountName string
param publicBlobServiceUri string
param publicContainerName string
param publicReportsBaseUrl string
param applicationInsightsName string
param vaultName string
param sendGridFrom string
param publicationAlertEmail string
param reminderInterval string
param escalateAfter string
param urgentReminderInterval string
param urgentWindow string
param reviewLinkLifetime string
param maxUploadBytes int

var hostSettings = loadJsonContent('../../host.json')

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: appName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
}

resource sendGridApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' existing = {
  parent: vault
  name: 'SendGrid--ApiKey'
}

resource adminKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' existing = {
  parent: vault
  name: 'Workflow--AdminKey'
}

resource reviewLinkKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' existing = {
  parent: vault
  name: 'Workflow--ReviewLinkKey'
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    PublicStorage__blobServiceUri: publicBlobServiceUri
    PublicStorage__credential: 'managedidentity'
    Workflow__ApiBaseUrl: 'https://${site.properties.defaultHostName}'
    Workflow__PublicReportsBaseUrl: publicReportsBaseUrl
    Workflow__PublicContainer: publicContainerName
    Workflow__AdminKey: '@Microsoft.KeyVault(SecretUri=${adminKeySecret.properties.secretUri})'
    Workflow__ReviewLinkKey: '@Microsoft.KeyVault(SecretUri=${reviewLinkKeySecret.properties.secretUri})'
    Workflow__ReminderInterval: reminderInterval
    Workflow__EscalateAfter: escalateAfter
    Workflow__UrgentReminderInterval: urgentReminderInterval
    Workflow__UrgentWindow: urgentWindow
    Workflow__ReviewLinkLifetime: reviewLinkLifetime
    Workflow__MaxUploadBytes: string(maxUploadBytes)
    // The code's default: first pause before a failed review activity is retried (tests shorten it).
    Workflow__ActivityRetryInterval: '00:00:15'
    // The code's defaults: Word/HTML reads at once per instance (a 2 GB Flex instance), and how long one waits (then 503).
    Workflow__MaxConcurrentReads: '4'
    Workflow__ReadQueueTimeout: '00:00:20'
    Workflow__AlertEmail: publicationAlertEmail
    // The publisher's alert must fire when the host gives up on a blob, so it follows host.json.
    Workflow__PoisonThreshold: string(hostSettings.extensions.blobs.poisonBlobThreshold)
    // Mail goes through SendGrid in Azure; the file outbox is for local runs only.
    Workflow__OutboxPath: ''
    SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${sendGridApiKeySecret.properties.secretUri})'
    SendGrid__From: sendGridFrom
    // The real API; only tests point it elsewhere.
    SendGrid__Host: 'https://api.sendgrid.com'
  }
}
