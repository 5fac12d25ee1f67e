// Secrets of the app, in an RBAC-mode vault; app settings refer to them by Key Vault references.
// Secret names use '--' where the configuration key has ':' (SendGrid--ApiKey is SendGrid:ApiKey).
param location string
param tags object
param vaultName string

@secure()
param sendGridApiKey string

@secure()
param adminKey string

@secure()
param reviewLinkKey string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource sendGridApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'SendGrid--ApiKey'
  properties: { value: sendGridApiKey }
}

resource adminKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'Workflow--AdminKey'
  properties: { value: adminKey }
}

resource reviewLinkKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'Workflow--ReviewLinkKey'
  properties: { value: reviewLinkKey }
}

output vaultName string = vault.name
