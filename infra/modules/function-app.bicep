// The Function App on Flex Consumption (.NET isolated) with its system-assigned identity.
// Its settings are written by app-settings.bicep, after the identity has been granted its roles.
param location string
param tags object
param planName string
param appName string

@description('Blob container the platform deploys the package from, read with the app identity.')
param deploymentContainerUrl string

param alwaysReadyDurableInstances int
param maximumInstanceCount int

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: 2048
        maximumInstanceCount: maximumInstanceCount
        // Durable on Flex: one warm instance keeps orchestrations and review clicks from waiting on a cold start.
        alwaysReady: alwaysReadyDurableInstances > 0 ? [{ name: 'durable', instanceCount: alwaysReadyDurableInstances }] : []
      }
      // The project targets net10.0.
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
  }
}

// Deployment goes through Entra ID (azd uses a token); publishing passwords are never needed.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

output appName string = site.name
output principalId string = site.identity.principalId
output appUrl string = 'https://${site.properties.defaultHostName}'
