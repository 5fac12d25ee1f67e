#!/bin/sh
# azd postdeploy hook: subscribes the publish function to BlobCreated events under approved/ on the app's
# storage account. The webhook needs the host's blobs_extension system key, which exists only once the
# deployed app has started with the blob extension, hence a hook and not Bicep.
# Needs the Azure CLI (az login). Safe to run again: an existing subscription is left as it is; delete it
# (az eventgrid system-topic event-subscription delete ...) to recreate it, e.g. after rotating the key.
set -eu

app="${AZURE_FUNCTION_APP_NAME:?run through azd: AZURE_FUNCTION_APP_NAME is an output of infra/main.bicep}"
group="${AZURE_RESOURCE_GROUP:?}"
topic="${EVENT_GRID_SYSTEM_TOPIC_NAME:?}"
function_name="PublishApprovedReport"
subscription_name="approved-report-created"

if az eventgrid system-topic event-subscription show -g "$group" --system-topic-name "$topic" \
     -n "$subscription_name" --output none 2>/dev/null; then
  echo "Event Grid subscription $subscription_name exists; left unchanged."
  exit 0
fi

# The key appears a little after the first start of the deployed host.
key=""
for attempt in 1 2 3 4 5 6 7 8 9 10 11 12; do
  key=$(az functionapp keys list -n "$app" -g "$group" --query "systemKeys.blobs_extension" -o tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  echo "Waiting for the blobs_extension key of $app (attempt $attempt)..."
  sleep 10
done
[ -n "$key" ] || { echo "No blobs_extension system key on $app; is $function_name deployed?" >&2; exit 1; }

host=$(az functionapp show -n "$app" -g "$group" --query defaultHostName -o tsv)
endpoint="https://$host/runtime/webhooks/blobs?functionName=Host.Functions.$function_name&code=$key"

# Creation validates the webhook against the running app, which may still be warming up.
for attempt in 1 2 3 4 5 6; do
  if az eventgrid system-topic event-subscription create -g "$group" --system-topic-name "$topic" \
       -n "$subscription_name" --endpoint-type webhook --endpoint "$endpoint" \
       --included-event-types Microsoft.Storage.BlobCreated \
       --subject-begins-with /blobServices/default/containers/approved/ \
       --subject-ends-with .json --output none; then
    echo "Event Grid subscription $subscription_name delivers approved/*.json to $function_name."
    exit 0
  fi
  echo "Webhook validation failed (attempt $attempt); retrying in 20 s..."
  sleep 20
done
echo "Could not create the Event Grid subscription $subscription_name." >&2
exit 1
