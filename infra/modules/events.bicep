// Event Grid system topic on the app's account. Its subscription (BlobCreated under approved/ to the publish
// function's blobs_extension webhook) needs the function's system key, which exists only after the code is
// deployed, so infra/hooks/postdeploy.sh creates it.
param location string
param tags object
param systemTopicName string
param storageAccountName string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: systemTopicName
  location: location
  tags: tags
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output systemTopicName string = systemTopic.name
