// Azure deployment of the annual-report workflow: `azd up` provisions this and deploys src/Workflow.Functions.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; prefixes the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Azure region for every resource. Flex Consumption must be available there.')
param location string

@minLength(3)
@description('Sender address of every email (SendGrid__From); must be a verified sender in SendGrid.')
param sendGridFrom string

@secure()
@minLength(1)
@description('SendGrid API key with Mail Send permission; stored in Key Vault as SendGrid--ApiKey.')
param sendGridApiKey string

@secure()
@description('Key of the admin API (X-Admin-Key header); stored in Key Vault as Workflow--AdminKey. azd passes a stable value, see infra/hooks/preprovision.sh.')
param adminKey string = newGuid()

@secure()
@description('HMAC key that signs review links; stored in Key Vault as Workflow--ReviewLinkKey. Changing it invalidates every link already sent.')
param reviewLinkKey string = '${newGuid()}${newGuid()}'

@description('Who is alerted when an approved report fails to publish; empty means the SendGrid sender.')
param publicationAlertEmail string = ''

@description('Public base URL of published reports (for a CDN or custom domain in front of the reports container); empty means the container URL itself.')
param publicReportsBaseUrl string = ''

@description('How long a review request waits before reviewers are reminded (TimeSpan, d.hh:mm:ss).')
param reminderInterval string = '2.00:00:00'

@description('How long a review request waits before the escalation contacts are told (TimeSpan, d.hh:mm:ss).')
param escalateAfter string = '5.00:00:00'

@description('Reminder interval inside the urgent window before the legal deadline (TimeSpan).')
param urgentReminderInterval string = '1.00:00:00'

@description('How long before the legal deadline reminders become more frequent (TimeSpan).')
param urgentWindow string = '5.00:00:00'

@description('How long an emailed review link stays valid; every reminder sends fresh links (TimeSpan).')
param reviewLinkLifetime string = '14.00:00:00'

@minValue(1)
@description('Largest accepted upload in bytes; larger drafts get 413.')
param maxUploadBytes int = 4194304

@minValue(0)
@description('Always-ready instances for the durable group. Flex Consumption guidance for Durable is 1; each one is billed around the clock.')
param alwaysReadyDurableInstances int = 1

@minValue(40)
@maxValue(1000)
@description('Upper bound of Flex Consumption scale-out.')
param maximumInstanceCount int = 40

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    workspaceName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
  }
}

module storage 'modules/storage.bicep' = {
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    accountName: 'st${resourceToken}'
  }
}

module publicStorage 'modules/public-storage.bicep' = {
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    accountName: 'stpub${resourceToken}'
  }
}

module events 'modules/events.bicep' = {
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    systemTopicName: 'evgt-${resourceToken}'
    storageAccountName: storage.outputs.accountName
  }
}

module keyVault 'modules/key-vault.bicep' = {
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    vaultName: 'kv-${resourceToken}'
    sendGridApiKey: sendGridApiKey
    adminKey: adminKey
    reviewLinkKey: reviewLinkKey
  }
}

module functionApp 'modules/function-app.bicep' = {
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    planName: 'plan-${resourceToken}'
    appName: 'func-${resourceToken}'
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    alwaysReadyDurableInstances: alwaysReadyDurableInstances
    maximumInstanceCount: maximumInstanceCount
  }
}

module access 'modules/access.bicep' = {
  scope: resourceGroup
  params: {
    principalId: functionApp.outputs.principalId
    storageAccountName: storage.outputs.accountName
    publicStorageAccountName: publicStorage.outputs.accountName
    vaultName: keyVault.outputs.vaultName
  }
}

var reportsBaseUrl = empty(publicReportsBaseUrl) ? publicStorage.outputs.reportsContainerUrl : publicReportsBaseUrl

// Settings are written only once the identity holds its roles, so the first host start can reach storage and Key Vault.
module appSettings 'modules/app-settings.bicep' = {
  scope: resourceGroup
  dependsOn: [access]
  params: {
    appName: functionApp.outputs.appName
    storageAccountName: storage.outputs.accountName
    publicBlobServiceUri: publicStorage.outputs.blobServiceUri
    publicContainerName: publicStorage.outputs.reportsContainerName
    publicReportsBaseUrl: reportsBaseUrl
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    vaultName: keyVault.outputs.vaultName
    sendGridFrom: sendGridFrom
    publicationAlertEmail: publicationAlertEmail
    reminderInterval: reminderInterval
    escalateAfter: escalateAfter
    urgentReminderInterval: urgentReminderInterval
    urgentWindow: urgentWindow
    reviewLinkLifetime: reviewLinkLifetime
    maxUploadBytes: maxUploadBytes
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.appName
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.vaultName
output EVENT_GRID_SYSTEM_TOPIC_NAME string = events.outputs.systemTopicName
output FUNCTION_APP_URL string = functionApp.outputs.appUrl
output PUBLIC_REPORTS_BASE_URL string = reportsBaseUrl
