import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';

import { describeError } from '../errors/describeError';
import { CreateCourtDocument, VenuesDocument } from '../generated/graphql';
import { CourtForm } from './CourtForm';

export function NewCourtPage() {
  const navigate = useNavigate();
  const venuesQuery = useQuery(VenuesDocument);
  const venues = venuesQuery.data?.venues;
  const [createCourt] = useMutation(CreateCourtDocument, {
    // A new court can land on any page of any filtered list: let each list ask again.
    update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'courts' }),
  });

  return (
    <section aria-labelledby="new-court-heading">
      <h1 id="new-court-heading">New court</h1>
      {/* The form appears once the venues are known: mounting it earlier and again when they
          arrive would wipe what the person had already typed. Without venues (the query
          failed) the court goes to the default venue. */}
      {venuesQuery.loading ? (
        <p className="loading" role="status">
          Loading venues…
        </p>
      ) : (
        <CourtForm
          venues={venues}
          submitLabel="Create court"
          onSubmit={async (input) => {
            try {
              const { data } = await createCourt({ variables: { input } });
              if (data)
                await navigate(`/courts/${data.createCourt.id}`, { state: { created: true } });
              return undefined;
            } catch (error) {
              return describeError(error);
            }
          }}
        />
      )}
    </section>
  );
}
