// Inventory item handlers (REST API, payload 1.0). In-memory data keeps the example self-contained.
const items = new Map([["SKU-1", { sku: "SKU-1", name: "Pallet jack", stock: 4 }]]);

const answer = (statusCode, body) => ({
  statusCode,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

export const list = async () => answer(200, [...items.values()]);

export const get = async (event) => {
  const item = items.get(event.pathParameters.sku);
  return item ? answer(200, item) : answer(404, { message: "no such item" });
};
