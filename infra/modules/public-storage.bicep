// The public account: its only container, reports, lets anyone read a blob by URL (no listing).
// Kept apart from the app's account so that nothing else there can ever be made public.
// Many tenants deny allowBlobPublicAccess by policy; publishing needs an exemption for this account.
param location string
param tags object
param accountName string

var reportsContainerName = 'reports'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: true
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    // Open data: other sites' scripts may fetch report.json and index.json.
    cors: {
      corsRules: [
        {
          allowedOrigins: ['*']
          allowedMethods: ['GET', 'HEAD']
          allowedHeaders: ['*']
          exposedHeaders: ['*']
          maxAgeInSeconds: 3600
        }
      ]
    }
  }
}

resource reports 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: reportsContainerName
  properties: { publicAccess: 'Blob' }
}

output accountName string = account.name
output blobServiceUri string = account.properties.primaryEndpoints.blob
output reportsContainerName string = reports.name
output reportsContainerUrl string = '${account.properties.primaryEndpoints.blob}${reports.name}'
