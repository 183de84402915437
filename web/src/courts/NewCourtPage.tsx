import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';

import { describeError } from '../errors/describeError';
import { CreateCourtDocument, VenuesDocument } from '../generated/graphql';
import { CourtForm } from './CourtForm';

export function NewCourtPage() {
  const navigate = useNavigate();
  const venues = useQuery(VenuesDocument).data?.venues;
  const [createCourt] = useMutation(CreateCourtDocument, {
    // A new court can land on any page of any filtered list: let each list ask again.
    update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'courts' }),
  });

  return (
    <section aria-labelledby="new-court-heading">
      <h1 id="new-court-heading">New court</h1>
      <CourtForm
        key={venues ? 'venues' : 'loading'}
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
    </section>
  );
}
