/** The nested operation of the foundation: every relation of a programme page at once. */
export const NESTED = /* GraphQL */ `
  query Nested($first: Int!) {
    programmes(first: $first) {
      totalCount
      nodes {
        code
        budget {
          amount
          currency
        }
        funders {
          amount {
            amount
            currency
          }
          funder {
            code
            nameEn
          }
        }
        countries {
          code
          nameEn
        }
        components {
          position
          nameEn
        }
        initiatives(first: 50) {
          totalCount
          nodes {
            code
            municipalities {
              nameLocal
              country {
                code
              }
            }
          }
        }
        indicators {
          code
          observations(first: 10) {
            totalCount
            nodes {
              value
              sex
              kind
              source {
                key
              }
            }
          }
        }
      }
    }
  }
`;
