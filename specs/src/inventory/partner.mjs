// Lambda TOKEN authorizer: allows known partner tokens. The registry lookup is stubbed
// with a fixed prefix so the example runs without a database.
export const authorize = async (event) => {
  const partner = event.authorizationToken.startsWith("partner.") ? event.authorizationToken.split(".")[1] : null;
  return {
    principalId: partner ?? "anonymous",
    policyDocument: {
      Version: "2012-10-17",
      Statement: [{ Action: "execute-api:Invoke", Effect: partner ? "Allow" : "Deny", Resource: event.methodArn }],
    },
  };
};
