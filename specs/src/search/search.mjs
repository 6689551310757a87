// Product search (HTTP API, payload 2.0). A fixed list stands in for the SEARCH_INDEX.
const products = [{ id: "p1", name: "Espresso cup" }];

export const handler = async (event) => {
  const query = (event.queryStringParameters?.q ?? "").toLowerCase();
  const hits = products.filter((product) => product.name.toLowerCase().includes(query));
  return { statusCode: 200, headers: { "Content-Type": "application/json" }, body: JSON.stringify(hits) };
};
