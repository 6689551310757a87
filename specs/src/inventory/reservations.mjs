// Reserves stock for a partner; API Gateway already validated the body and required parameters.
export const create = async (event) => {
  const { quantity } = JSON.parse(event.body);
  const reservation = {
    sku: event.pathParameters.sku,
    warehouse: event.queryStringParameters.warehouse,
    partner: event.requestContext.authorizer.principalId,
    quantity,
  };
  return { statusCode: 201, headers: { "Content-Type": "application/json" }, body: JSON.stringify(reservation) };
};
